using System;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Copies a file store's write-ahead log into the database file on a thread and a connection of its own, so no request
/// pays for the bulk of it: SQL Server, under real Dataverse, checkpoints in the background too. The writer's connection
/// gets a WAL hook instead of SQLite's automatic checkpoint (which copied the whole log inside whichever commit passed
/// the threshold, on the request's thread); the hook wakes this thread once the log holds <see cref="thresholdFrames"/>
/// frames. Checkpoints are PASSIVE: they copy what no reader still needs and never wait for, block or fail the writer;
/// one that is busy or leaves frames behind is tried again after a later commit. The log starts again from its first
/// frame only at a transaction that begins once every frame is copied; a writer whose next transaction begins before the
/// background checkpoint ends would never get there, so the commit after such a checkpoint copies the rest itself (what
/// was committed while it ran, a transaction or two, instead of the whole log). The log stays about the threshold plus
/// a transaction or two. Crash safety is WAL's: a frame stays in the log until a synced checkpoint has copied it, and an
/// interrupted checkpoint is copied again on recovery.
/// https://www.sqlite.org/wal.html#ckpt, https://www.sqlite.org/c3ref/wal_hook.html,
/// https://www.sqlite.org/c3ref/wal_checkpoint_v2.html
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    // How often Dispose interrupts a checkpoint in progress while it waits for the thread: a checkpoint clears an
    // interrupt made before it started, so one call can come too early.
    private static readonly TimeSpan InterruptInterval = TimeSpan.FromMilliseconds(10);

    // One delegate for every store, kept alive for the process: SQLite holds a pointer to it.
    private static readonly WalHook Hook = Committed;
    private static readonly IntPtr HookPointer = Marshal.GetFunctionPointerForDelegate(Hook);

    private readonly SqliteConnection writer;
    private readonly SqliteConnection connection;
    private readonly int thresholdFrames;
    private readonly Thread thread;
    private readonly AutoResetEvent wake = new(false);
    private readonly GCHandle self;
    private volatile bool stopping;
    private volatile int running;
    private int requested;

    // Written by the writer's thread only (the hook): the log's pages after the last commit, and how many times the log
    // started again from its first page (seen as a commit leaving fewer pages than the one before).
    private volatile int logFrames;
    private volatile int logStarts;
    private volatile int writerCheckpoints;

    // The checkpointer's last checkpoint, when it copied every frame: in which log (logStarts) and through which frame.
    private volatile CopiedLog? copiedLog;

    public WalCheckpointer(SqliteConnection writer, string connectionString, int thresholdFrames, string synchronous)
    {
        this.writer = writer;
        this.thresholdFrames = thresholdFrames;
        connection = new SqliteConnection(connectionString);
        connection.Open();

        // A checkpoint syncs the log and the file as this connection's setting says; the same as the writer's.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous=" + synchronous;
            command.ExecuteNonQuery();
        }

        thread = new Thread(Run) { IsBackground = true, Name = SqliteRecordStore.CheckpointThreadName };
        thread.Start();
        self = GCHandle.Alloc(this);

        // Replaces the automatic checkpoint SQLite gave the connection when it opened it.
        sqlite3_wal_hook(writer.Handle!.DangerousGetHandle(), HookPointer, GCHandle.ToIntPtr(self));
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int WalHook(IntPtr checkpointer, IntPtr database, IntPtr schema, int frames);

    /// <summary>The pages in the log after the writer's last commit.</summary>
    internal int LogFrames => logFrames;

    /// <summary>How many times a commit copied the rest of the log the checkpointer had left (what was committed while it copied).</summary>
    internal int WriterCheckpoints => writerCheckpoints;

    /// <summary>Raised on the checkpointer's thread just before each checkpoint.</summary>
    internal event Action? Starting;

    /// <summary>Raised on the checkpointer's thread after each checkpoint: SQLite's result code, the log's frames, the frames copied so far.</summary>
    internal event Action<CheckpointOutcome>? Checkpointed;

    public void Dispose()
    {
        // No commit after this wakes a thread that is gone.
        sqlite3_wal_hook(writer.Handle!.DangerousGetHandle(), IntPtr.Zero, IntPtr.Zero);
        stopping = true;
        wake.Set();
        while (!thread.Join(InterruptInterval))
        {
            raw.sqlite3_interrupt(connection.Handle);
        }

        connection.Dispose();
        wake.Dispose();
        self.Free();
    }

    // The writer's thread, just after a commit released its write lock. Below the threshold: nothing. Past it, while the
    // checkpointer is busy or has not copied this log yet: a signal to it. Past it, once the checkpointer has copied all
    // of the log but what was committed while it copied (a transaction or two): that rest, copied here. The log starts
    // again only at a transaction that begins once every frame is copied, which a checkpoint ending while the next
    // transaction already runs never gives: a writer that never pauses for a whole checkpoint would grow the log forever.
    private static int Committed(IntPtr checkpointer, IntPtr database, IntPtr schema, int frames)
    {
        var target = (WalCheckpointer)GCHandle.FromIntPtr(checkpointer).Target!;
        if (frames < target.logFrames)
        {
            target.logStarts++;
        }

        target.logFrames = frames;
        if (frames < target.thresholdFrames)
        {
            return raw.SQLITE_OK;
        }

        if (Volatile.Read(ref target.requested) == 0 && target.running == 0 && target.copiedLog is { } copied && copied.LogStart == target.logStarts && copied.Frames <= frames)
        {
            target.copiedLog = null;
            target.writerCheckpoints++;
            sqlite3_wal_checkpoint_v2(database, IntPtr.Zero, raw.SQLITE_CHECKPOINT_PASSIVE, out _, out _);
        }
        else if (Interlocked.Exchange(ref target.requested, 1) == 0)
        {
            target.wake.Set();
        }

        return raw.SQLITE_OK;
    }

    private void Run()
    {
        while (true)
        {
            wake.WaitOne();
            if (stopping)
            {
                return;
            }

            // Cleared before copying: a commit during the checkpoint asks for the next one.
            running = 1;
            Volatile.Write(ref requested, 0);
            var logStart = logStarts;
            Starting?.Invoke();
            var result = raw.sqlite3_wal_checkpoint_v2(connection.Handle, "main", raw.SQLITE_CHECKPOINT_PASSIVE, out var inLog, out var copied);
            var outcome = new CheckpointOutcome(result, inLog, copied);
            copiedLog = outcome.CopiedAll ? new CopiedLog(logStart, inLog) : null;
            running = 0;
            Checkpointed?.Invoke(outcome);
        }
    }

    // e_sqlite3, the library Microsoft.Data.Sqlite's bundle loads; SQLitePCLRaw does not wrap sqlite3_wal_hook.
    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    private static extern IntPtr sqlite3_wal_hook(IntPtr database, IntPtr hook, IntPtr argument);

    // The writer's own checkpoint inside its hook, as SQLite's automatic one does (https://www.sqlite.org/c3ref/wal_hook.html).
    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    private static extern int sqlite3_wal_checkpoint_v2(IntPtr database, IntPtr schema, int mode, out int logFrames, out int copiedFrames);

    private sealed record CopiedLog(int LogStart, int Frames);
}

/// <summary>What one checkpoint did: SQLite's result code, the frames in the log and the frames copied into the file.</summary>
internal readonly record struct CheckpointOutcome(int Result, int LogFrames, int CopiedFrames)
{
    public bool CopiedAll => Result == raw.SQLITE_OK && LogFrames == CopiedFrames;
}
