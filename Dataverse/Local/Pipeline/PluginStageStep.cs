using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>Runs the synchronous steps registered for one stage, in rank order, then the rest of the pipeline.</summary>
internal sealed class PluginStageStep : IPipelineStep
{
    private readonly PipelineStage stage;
    private readonly StepRegistry steps;
    private readonly PluginRunner plugins;

    public PluginStageStep(PipelineStage stage, StepRegistry steps, PluginRunner plugins)
    {
        this.stage = stage;
        this.steps = steps;
        this.plugins = plugins;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        if (context.RaisesEvents)
        {
            foreach (var invocation in steps.Applicable(context, stage, StepMode.Synchronous))
            {
                plugins.Run(context, invocation, stage);
            }
        }

        next.Run();
    }
}
