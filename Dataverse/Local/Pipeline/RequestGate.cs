using System;
using System.Threading;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Who may run at once: any number of readers, or one writer. A writer's nested requests (its plug-ins') re-enter on
/// the same thread; a reader never waits for another reader.
/// </summary>
internal sealed class RequestGate
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.SupportsRecursion);

    /// <summary>True on the thread of the writer in progress: its nested requests must see its uncommitted rows.</summary>
    public bool InWriter => gate.IsWriteLockHeld;

    public T Write<T>(Func<T> action)
    {
        gate.EnterWriteLock();
        try
        {
            return action();
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

    public T Read<T>(Func<T> action)
    {
        gate.EnterReadLock();
        try
        {
            return action();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }
}
