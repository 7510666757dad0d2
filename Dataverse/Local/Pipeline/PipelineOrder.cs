using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Security;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// The order of the event pipeline, written down once. Pre-validation runs outside the transaction for a top-level
/// request; pre-operation, the main operation and post-operation run inside it; asynchronous steps are queued inside it
/// and run after it commits. Steps a test author adds run after the depth check, around everything else.
/// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
/// </summary>
internal static class PipelineOrder
{
    public static IReadOnlyList<IPipelineStep> Create(
        ServiceCallLog calls, int maxDepth, IEnumerable<IPipelineStep> added, StepRegistry steps, PluginRunner plugins, UnitOfWork work,
        WithheldPrivileges privileges)
    {
        var order = new List<IPipelineStep> { new CallLogStep(calls), new DepthLimitStep(maxDepth) };
        order.AddRange(added);
        order.AddRange(new IPipelineStep[]
        {
            new PrepareStep(),
            new PluginStageStep(PipelineStage.PreValidation, steps, plugins),
            new TransactionStep(work),
            new ImageStep(before: true, steps),
            new PluginStageStep(PipelineStage.PreOperation, steps, plugins),
            new PrivilegeCheckStep(privileges),
            new MainOperationStep(),
            new ImageStep(before: false, steps),
            new PluginStageStep(PipelineStage.PostOperation, steps, plugins),
            new AsyncQueueStep(steps, new AsyncJobQueue(plugins), work),
        });
        return order;
    }
}
