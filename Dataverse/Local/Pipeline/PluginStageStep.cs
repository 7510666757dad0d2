using System;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>Runs the synchronous steps registered for one stage, in rank order, then the rest of the pipeline.</summary>
internal sealed class PluginStageStep : IPipelineStep
{
    private readonly PipelineStage stage;

    public PluginStageStep(PipelineStage stage)
    {
        this.stage = stage;
    }

    public void Run(RequestContext context, Action next)
    {
        if (context.RaisesEvents)
        {
            foreach (var invocation in context.Environment.Steps.Applicable(context, stage, StepMode.Synchronous))
            {
                context.Environment.Plugins.Run(context, invocation, stage);
            }
        }

        next();
    }
}
