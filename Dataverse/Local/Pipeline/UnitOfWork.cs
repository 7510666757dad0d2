using System;
using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// The one transaction of a top-level request (or of ExecuteTransaction, a change set) and what must happen once it
/// commits: the asynchronous jobs it queued go to <see cref="Committed"/>. A request sent from inside it (a plug-in's)
/// joins it; a joined request that fails dooms it, as in Dataverse: even if the plug-in catches the error and carries on,
/// nothing is committed. Only the writer (see <see cref="RequestGate"/>) uses it.
/// </summary>
internal sealed class UnitOfWork
{
    private readonly IRecordStore store;
    private List<AsyncJob>? jobs;
    private bool doomed;

    public UnitOfWork(IRecordStore store)
    {
        this.store = store;
    }

    /// <summary>Receives the jobs a transaction queued, once it has committed.</summary>
    public event Action<IReadOnlyList<AsyncJob>>? Committed;

    public bool IsActive => jobs is not null;

    public void Run(Action work) => Run(work, static action => action());

    /// <summary>Runs <paramref name="work"/> on <paramref name="state"/> in the transaction: no closure for the thousands of requests a batch's plug-ins send.</summary>
    public void Run<TState>(TState state, Action<TState> work)
    {
        if (jobs is not null)
        {
            RunJoined(state, work);
            return;
        }

        var queued = new List<AsyncJob>();
        using (var transaction = store.BeginTransaction())
        {
            jobs = queued;
            doomed = false;
            try
            {
                work(state);
                if (doomed)
                {
                    throw DataverseFault.Create(
                        ErrorCodes.SqlError,
                        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");
                }

                transaction.Commit();
            }
            finally
            {
                jobs = null;
            }
        }

        if (queued.Count > 0)
        {
            Committed?.Invoke(queued);
        }
    }

    /// <summary>Adds jobs to run once the transaction in progress commits.</summary>
    public void Enqueue(IEnumerable<AsyncJob> queued) => (jobs ?? throw new InvalidOperationException("No transaction is in progress.")).AddRange(queued);

    private void RunJoined<TState>(TState state, Action<TState> work)
    {
        try
        {
            work(state);
        }
        catch
        {
            doomed = true;
            throw;
        }
    }
}
