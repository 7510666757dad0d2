using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Tests.Storage;

/// <summary>
/// A file store's write-ahead log is copied into the database file by a thread of its own (WalCheckpointer), never by a
/// commit. The stores here checkpoint at a log of <see cref="Threshold"/> pages instead of 10,000, so a few commits of
/// rows about a page each pass it.
/// </summary>
[TestClass]
public sealed class WalCheckpointTests
{
    private const int Threshold = 200;
    private const int RowsPerCommit = 60;
    private const int PageSize = 4096;
    private const int WalHeader = 32;
    private const int FrameHeader = 24;

    // Generous: only a hung thread reaches it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly TableDefinition Notes = new TableBuilder("test_note").WithPrimaryName("test_name").WithMemo("test_body", 4000).Build();

    private readonly List<Guid> committed = new();
    private string folder = null!;
    private string path = null!;

    [TestInitialize]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("localdataverse-wal").FullName;
        path = Path.Combine(folder, "dataverse.db");
    }

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    public void A_store_that_keeps_committing_keeps_its_log_bounded()
    {
        using var store = Open(path);
        var outcomes = Outcomes(store.Checkpointer!);
        var largestCommit = 0;
        var written = 0;
        for (var i = 0; i < 40; i++)
        {
            var before = LogFrames(store);
            Commit(store);

            // A commit after a checkpoint that copied the whole log writes it again from its first page.
            var pages = LogFrames(store) > before ? LogFrames(store) - before : LogFrames(store);
            largestCommit = Math.Max(largestCommit, pages);
            written += pages;
            if (LogFrames(store) >= Threshold)
            {
                // What a worker's pause between batches gives the checkpointer: time to copy the whole log.
                WaitForCopyOfAll(outcomes, LogFrames(store));
            }
        }

        Assert.IsTrue(written > 5 * Threshold, $"the commits wrote {written} pages, several logs' worth");
        var bound = WalHeader + ((long)(Threshold + (2 * largestCommit)) * (PageSize + FrameHeader));
        Assert.IsTrue(new FileInfo(path + "-wal").Length <= bound, $"the log is {new FileInfo(path + "-wal").Length} bytes, at most {bound}");
        Assert.AreEqual(committed.Count, Stored(store));
    }

    [TestMethod]
    public void Commits_past_the_threshold_leave_copying_the_log_to_the_checkpointer()
    {
        using var store = Open(path);
        using var release = new ManualResetEventSlim(false);
        using var holding = new ManualResetEventSlim(false);
        var outcomes = Outcomes(store.Checkpointer!);
        store.Checkpointer!.Starting += () =>
        {
            holding.Set();
            release.Wait(Patience);
        };

        CommitUntilTheLogHolds(store, Threshold);
        Assert.IsTrue(holding.Wait(Patience), "the checkpointer was woken");
        var fileBefore = new FileInfo(path).Length;
        CommitUntilTheLogHolds(store, 3 * Threshold);

        Assert.AreEqual(fileBefore, new FileInfo(path).Length, "no commit copied the log into the file");
        release.Set();
        WaitForCopyOfAll(outcomes, LogFrames(store));
        Commit(store);

        Assert.IsTrue(new FileInfo(path).Length > fileBefore, "the checkpointer copied the log into the file");
        Assert.IsTrue(LogFrames(store) < Threshold, $"the next commit started the log again ({LogFrames(store)} pages)");
        Assert.AreEqual(committed.Count, Stored(store));
    }

    [TestMethod]
    public void A_writer_whose_next_transaction_always_begins_before_the_checkpoint_ends_still_gets_its_log_started_again()
    {
        // The log starts again only at a transaction that begins once every frame is copied; here each checkpoint is
        // held until the next transaction has read (taken its snapshot), as with a writer that never pauses.
        using var store = Open(path);
        using var started = new SemaphoreSlim(0);
        using var mayCopy = new SemaphoreSlim(0);
        var outcomes = Outcomes(store.Checkpointer!);
        store.Checkpointer!.Starting += () =>
        {
            started.Release();
            mayCopy.Wait(Patience);
        };

        for (var round = 1; round <= 5; round++)
        {
            Commit(store);
            CommitUntilTheLogHolds(store, Threshold);
            Assert.IsTrue(started.Wait(Patience), "a checkpoint started");
            Commit(store, afterReading: () =>
            {
                mayCopy.Release();
                WaitForCopyOfAll(outcomes, Threshold);
            });

            Assert.AreEqual(round, store.Checkpointer.WriterCheckpoints, "the commit copied what the checkpointer left");
            Commit(store);
            Assert.IsTrue(LogFrames(store) < Threshold, $"the next commit started the log again ({LogFrames(store)} pages)");
        }

        Assert.AreEqual(committed.Count, Stored(store));
    }

    [TestMethod]
    public void Rows_committed_while_the_log_was_checkpointed_survive_closing_and_reopening()
    {
        using (var store = Open(path))
        {
            var outcomes = Outcomes(store.Checkpointer!);
            for (var i = 0; i < 12; i++)
            {
                Commit(store);
            }

            Assert.IsTrue(outcomes.TryTake(out _, Patience), "a checkpoint ran");
        }

        using var reopened = Open(path);
        Assert.AreEqual(committed.Count, Stored(reopened));
    }

    [TestMethod]
    public void A_copy_of_the_files_taken_while_a_checkpoint_runs_opens_with_every_committed_row()
    {
        // A process killed mid-checkpoint leaves the file part-copied and the log whole; SQLite rebuilds its index of the
        // log (the -shm file, not copied) from the log when the copy opens.
        var copy = Path.Combine(folder, "copy.db");
        using (var store = Open(path))
        {
            using var started = new SemaphoreSlim(0);
            var outcomes = Outcomes(store.Checkpointer!);
            store.Checkpointer!.Starting += () => started.Release();
            CommitUntilTheLogHolds(store, Threshold);
            Assert.IsTrue(started.Wait(Patience), "a checkpoint started");
            File.Copy(path, copy);
            File.Copy(path + "-wal", copy + "-wal");
            WaitForCopyOfAll(outcomes, LogFrames(store));
        }

        using var opened = Open(copy);
        Assert.AreEqual(committed.Count, Stored(opened));
        Assert.AreEqual("ok", IntegrityCheck(copy));
    }

    [TestMethod]
    public void Disposing_a_store_while_it_checkpoints_returns_and_keeps_every_committed_row()
    {
        var store = Open(path, threshold: 2000);
        using var started = new SemaphoreSlim(0);
        store.Checkpointer!.Starting += () => started.Release();
        CommitUntilTheLogHolds(store, 2000);

        Assert.IsTrue(started.Wait(Patience), "a checkpoint started");
        Assert.IsTrue(Task.Run(store.Dispose).Wait(Patience), "Dispose returned");

        using var reopened = Open(path);
        Assert.AreEqual(committed.Count, Stored(reopened));
    }

    [TestMethod]
    public void Readers_see_every_committed_row_while_the_log_is_checkpointed()
    {
        using var store = Open(path);
        using var started = new SemaphoreSlim(0);
        var outcomes = Outcomes(store.Checkpointer!);
        store.Checkpointer!.Starting += () => started.Release();
        for (var round = 0; round < 3; round++)
        {
            Commit(store);
            CommitUntilTheLogHolds(store, Threshold);

            Assert.IsTrue(started.Wait(Patience), "a checkpoint started");
            var reads = 0;
            CheckpointOutcome outcome;
            do
            {
                Assert.AreEqual(committed.Count, store.Read(reader => Stored(reader)), "a reader beside the checkpoint sees every committed row");
                reads++;
            }
            while (!outcomes.TryTake(out outcome) || !outcome.CopiedAll);

            Assert.IsTrue(reads > 0);
        }
    }

    [TestMethod]
    public void A_store_in_memory_has_no_checkpointer()
    {
        using var store = SqliteRecordStore.InMemory();
        Assert.IsNull(store.Checkpointer);
    }

    private static SqliteRecordStore Open(string file, int threshold = Threshold)
    {
        var store = SqliteRecordStore.OpenFile(file, threshold);
        store.EnsureSchema(new[] { Notes });
        return store;
    }

    private static BlockingCollection<CheckpointOutcome> Outcomes(WalCheckpointer checkpointer)
    {
        var outcomes = new BlockingCollection<CheckpointOutcome>();
        checkpointer.Checkpointed += outcomes.Add;
        return outcomes;
    }

    private static void WaitForCopyOfAll(BlockingCollection<CheckpointOutcome> outcomes, int logFrames)
    {
        while (true)
        {
            Assert.IsTrue(outcomes.TryTake(out var outcome, Patience), "the checkpointer answered");
            if (outcome.CopiedAll && outcome.LogFrames >= logFrames)
            {
                return;
            }
        }
    }

    private static int LogFrames(SqliteRecordStore store) => store.Checkpointer!.LogFrames;

    private static string IntegrityCheck(string file)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    // A commit of rows of about a page each (a memo column of 3,000 characters); with afterReading, the transaction first
    // reads a committed row (which fixes what it sees of the log) and runs it.
    private void Commit(SqliteRecordStore store, Action? afterReading = null)
    {
        var rows = Enumerable.Range(0, RowsPerCommit)
            .Select(i => new Entity(Notes.LogicalName, Guid.NewGuid()) { ["test_name"] = "note " + i, ["test_body"] = new string((char)('a' + (i % 26)), 3000) })
            .ToList();
        using (var transaction = store.BeginTransaction())
        {
            if (afterReading is not null)
            {
                Assert.AreEqual(1, store.Retrieve(Notes, new[] { committed[0] }, new ColumnSet(false)).Count);
                afterReading();
            }

            store.Insert(Notes, rows);
            transaction.Commit();
        }

        committed.AddRange(rows.Select(row => row.Id));
    }

    private void CommitUntilTheLogHolds(SqliteRecordStore store, int frames)
    {
        for (var commits = 0; LogFrames(store) < frames; commits++)
        {
            Assert.IsTrue(commits < 200, $"the log never held {frames} pages in 200 commits: something else copied it into the file");
            Commit(store);
        }
    }

    private int Stored(IRecordStore store) => store.Retrieve(Notes, committed, new ColumnSet(false)).Count;
}
