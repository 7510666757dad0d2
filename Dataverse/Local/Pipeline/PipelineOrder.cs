using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Security;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// The order of the event pipeline, written down once. Pre-validation runs outside the transaction for a top-level
/// request; pre-operation, the main operation and post-operation run inside it; asynchronous steps are queued inside it
/// and run after it commits. Steps a test author adds go in at <see cref="AddedStepsAt"/>: after the call log and the
/// depth check, around everything else.
/// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
/// </summary>
internal static class PipelineOrder
{
    public const int AddedStepsAt = 2;

    public static List<IPipelineStep> Create(
        ServiceCallLog calls, int maxDepth, StepRegistry steps, PluginRunner plugins, UnitOfWork work, WithheldPrivileges privileges) =>
        new()
        {
            new CallLogStep(calls),
            new DepthLimitStep(maxDepth),
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
        };
}
