using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// The order of the event pipeline, written down once. Pre-validation runs outside the transaction for a top-level
/// request; pre-operation, the main operation and post-operation run inside it; asynchronous steps are queued inside it
/// and run after it commits.
/// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
/// </summary>
internal static class PipelineOrder
{
    public static IReadOnlyList<IPipelineStep> Steps { get; } = new IPipelineStep[]
    {
        new CallLogStep(),
        new DepthLimitStep(),
        new PrepareStep(),
        new PluginStageStep(PipelineStage.PreValidation),
        new TransactionStep(),
        new ImageStep(before: true),
        new PluginStageStep(PipelineStage.PreOperation),
        new PrivilegeCheckStep(),
        new MainOperationStep(),
        new ImageStep(before: false),
        new PluginStageStep(PipelineStage.PostOperation),
        new AsyncQueueStep(),
    };
}
