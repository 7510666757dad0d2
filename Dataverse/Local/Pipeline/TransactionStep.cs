using System;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Wraps the rest of the pipeline in one store transaction: all writes of a request, its plug-ins' included, commit
/// together or not at all. A request sent from inside a transaction joins it. Once the outermost transaction commits,
/// the asynchronous steps it queued run.
/// </summary>
internal sealed class TransactionStep : IPipelineStep
{
    public void Run(RequestContext context, Action next)
    {
        var environment = context.Environment;
        if (!context.Executor.RunsInTransaction)
        {
            next();
            return;
        }

        if (environment.CurrentWork is not null)
        {
            using var joined = environment.Store.BeginTransaction();
            next();
            joined.Commit();
            return;
        }

        var work = new UnitOfWork(environment.Store.BeginTransaction());
        environment.CurrentWork = work;
        try
        {
            next();
            work.Transaction.Commit();
        }
        finally
        {
            environment.CurrentWork = null;
            work.Transaction.Dispose();
        }

        environment.AsyncJobs.Committed(work.AsyncJobs);
    }
}
