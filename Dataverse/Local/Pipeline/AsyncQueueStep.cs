using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>Queues the asynchronous steps of the request in its transaction; they run once it commits.</summary>
internal sealed class AsyncQueueStep : IPipelineStep
{
    private readonly StepRegistry steps;
    private readonly AsyncJobQueue queue;
    private readonly UnitOfWork work;

    public AsyncQueueStep(StepRegistry steps, AsyncJobQueue queue, UnitOfWork work)
    {
        this.steps = steps;
        this.queue = queue;
        this.work = work;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        if (context.RaisesEvents && !context.ReadOnly && work.IsActive)
        {
            foreach (var invocation in steps.Applicable(context, PipelineStage.PostOperation, StepMode.Asynchronous))
            {
                work.Enqueue(queue.Queue(context, invocation));
            }
        }

        next.Run();
    }
}
