using System;
using System.Threading;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Who may run at once: one writer (SQLite has one), and any number of readers. A writer's nested requests (its
/// plug-ins') re-enter on the same thread and read through its connection, seeing its uncommitted rows; a reader never
/// waits for another reader.
/// </summary>
internal sealed class RequestGate
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.SupportsRecursion);

    /// <summary>True on the thread of the writer in progress: its nested requests must see its uncommitted rows.</summary>
    public bool InWriter => gate.IsWriteLockHeld;

    public T Write<T>(Func<T> action) => Write(action, static action => action());

    /// <summary>Runs <paramref name="action"/> on <paramref name="state"/> as the writer: no closure for the thousands of requests a batch's plug-ins send.</summary>
    public T Write<TState, T>(TState state, Func<TState, T> action)
    {
        gate.EnterWriteLock();
        try
        {
            return action(state);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Write(Action action) => Write(() =>
    {
        action();
        return true;
    });

    /// <summary>
    /// Runs <paramref name="read"/> on a reader's connection beside the other readers: beside the writer too when the
    /// store shows readers the last committed state (WAL), else once no write is in progress. Either way a reader never
    /// sees rows of a transaction that has not committed.
    /// </summary>
    public T ReadCommitted<T>(IRecordStore store, Func<IRecordStore, T> read)
    {
        if (store.ReadsBesideWriter)
        {
            return store.Read(read);
        }

        gate.EnterReadLock();
        try
        {
            return store.Read(read);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }
}
