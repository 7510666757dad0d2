using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

/// <summary>Traces the message it ran for, so a test can count its executions in the trace log.</summary>
public sealed class TracingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("{0} of {1}", context.MessageName, context.PrimaryEntityName);
    }
}
