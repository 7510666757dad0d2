using System;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Queues the asynchronous steps of the request: a system job row is written in the request's transaction, so a job
/// exists exactly when the data that raised it does; the job runs once the transaction commits.
/// </summary>
internal sealed class AsyncQueueStep : IPipelineStep
{
    public void Run(RequestContext context, Action next)
    {
        if (context.RaisesEvents && context.Environment.CurrentWork is { } work)
        {
            foreach (var invocation in context.Environment.Steps.Applicable(context, PipelineStage.PostOperation, StepMode.Asynchronous))
            {
                work.AsyncJobs.AddRange(context.Environment.AsyncJobs.Queue(context, invocation));
            }
        }

        next();
    }
}
