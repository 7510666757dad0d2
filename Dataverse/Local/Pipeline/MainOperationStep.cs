using System;
using SocialCrm.LocalDataverse.Plugins;

namespace SocialCrm.LocalDataverse.Pipeline;

/// <summary>The core operation: the executor of the message does its work and gives the response.</summary>
internal sealed class MainOperationStep : IPipelineStep
{
    public void Run(RequestContext context, Action next)
    {
        context.MainOperationContext = PluginExecutionContext.ForMainOperation(context);
        context.Response = context.Executor.Execute(context);
        next();
    }
}
