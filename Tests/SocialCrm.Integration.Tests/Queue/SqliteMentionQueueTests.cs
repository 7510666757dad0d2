using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Queue;

[TestClass]
public sealed class SqliteMentionQueueTests
{
    private readonly FixedClock clock = new(FixedClock.Noon);
    private readonly string path = Path.Combine(TempFolder.Create(), "queue.db");
    private static CancellationToken None => CancellationToken.None;

    private SqliteMentionQueue Open(TimeProvider? time = null, TimeSpan? leaseDuration = null) =>
        new(Options.Create(new QueueOptions { Path = path, LeaseDuration = leaseDuration ?? TimeSpan.FromMinutes(5) }), time ?? clock);

    /// <summary>What a process exit does to the queue's file: every connection closed, nothing kept in memory.</summary>
    private static void SimulateProcessExit() => SqliteConnection.ClearAllPools();

    [TestMethod]
    public async Task Enqueued_mentions_are_there_after_a_restart()
    {
        await Open().EnqueueAsync([Posts.Numbered("1"), Posts.Numbered("2")], "import", None);
        SimulateProcessExit();

        var leased = await Open().ReceiveAsync(10, None);

        CollectionAssert.AreEqual(new[] { "1", "2" }, leased.Select(m => m.Mention.ExternalPostId).ToArray());
        Assert.AreEqual(Posts.Numbered("1"), leased[0].Mention);
        Assert.AreEqual("import", leased[0].Source);
    }

    [TestMethod]
    public async Task Mention_received_but_not_completed_before_a_crash_is_delivered_again_once_its_lease_expires()
    {
        var before = Open();
        await before.EnqueueAsync([Posts.Numbered("1")], "webhook", None);
        var first = (await before.ReceiveAsync(10, None)).Single();
        await before.DisposeAsync();
        SimulateProcessExit();

        var after = Open();
        Assert.AreEqual(0, (await after.ReceiveAsync(10, None)).Count, "the lease of the crashed run still holds");
        clock.Now += TimeSpan.FromMinutes(5);
        var again = (await after.ReceiveAsync(10, None)).Single();

        Assert.AreEqual(first.Id, again.Id);
        Assert.AreEqual(1, first.Attempt);
        Assert.AreEqual(2, again.Attempt);
    }

    [TestMethod]
    public async Task Acknowledged_mention_is_gone_and_the_rest_stay()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1"), Posts.Numbered("2")], "import", None);
        var leased = await queue.ReceiveAsync(10, None);

        await queue.CompleteAsync([leased[0]], None);
        clock.Now += TimeSpan.FromMinutes(5);

        Assert.AreEqual("2", (await queue.ReceiveAsync(10, None)).Single().Mention.ExternalPostId);
    }

    [TestMethod]
    public async Task Redelivered_post_while_waiting_replaces_its_message_instead_of_adding_one()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1", "first version")], "webhook", None);
        await queue.EnqueueAsync([Posts.Numbered("1", "edited version")], "webhook", None);

        var leased = await queue.ReceiveAsync(10, None);

        Assert.AreEqual(1, leased.Count);
        Assert.AreEqual("edited version", leased[0].Mention.Text);
    }

    [TestMethod]
    public async Task Redelivered_post_while_its_message_is_leased_becomes_a_second_message()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1", "first version")], "webhook", None);
        var inFlight = await queue.ReceiveAsync(10, None);

        await queue.EnqueueAsync([Posts.Numbered("1", "edited version")], "webhook", None);

        Assert.AreEqual("edited version", (await queue.ReceiveAsync(10, None)).Single().Mention.Text);
        Assert.AreEqual("first version", inFlight.Single().Mention.Text);
    }

    [TestMethod]
    public async Task Abandoned_mention_comes_back_after_its_delay_and_not_before()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1")], "import", None);
        var leased = (await queue.ReceiveAsync(10, None)).Single();

        await queue.AbandonAsync([leased], TimeSpan.FromSeconds(10), "503 Service Unavailable", None);
        clock.Now += TimeSpan.FromSeconds(9);
        Assert.AreEqual(0, (await queue.ReceiveAsync(10, None)).Count);
        clock.Now += TimeSpan.FromSeconds(1);
        var again = (await queue.ReceiveAsync(10, None)).Single();

        Assert.AreEqual(2, again.Attempt);
    }

    [TestMethod]
    public async Task Dead_letter_keeps_the_servers_message_and_the_mention()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1")], "import", None);

        await queue.DeadLetterAsync((await queue.ReceiveAsync(10, None)).Single(), "scrm_postedon is in the future", None);
        SimulateProcessExit();

        var letter = (await Open().StatusAsync(10, None)).RecentDeadLetters.Single();
        Assert.AreEqual("scrm_postedon is in the future", letter.Reason);
        StringAssert.Contains(letter.Payload, "\"externalPostId\":\"1\"");
        Assert.AreEqual(1, letter.Attempts);
    }

    [TestMethod]
    public async Task Expired_lease_lets_another_lease_take_the_mention_and_the_old_lease_cannot_acknowledge_it()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1")], "import", None);
        var stale = (await queue.ReceiveAsync(10, None)).Single();
        clock.Now += TimeSpan.FromMinutes(5);
        var current = (await queue.ReceiveAsync(10, None)).Single();

        await queue.CompleteAsync([stale], None);

        var status = await queue.StatusAsync(10, None);
        Assert.AreEqual(1, status.Leased, "the current lease still owns the message");
        await queue.CompleteAsync([current], None);
        Assert.AreEqual(0, (await queue.StatusAsync(10, None)).Leased);
    }

    [TestMethod]
    public async Task Status_counts_waiting_leased_and_dead_letters()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1"), Posts.Numbered("2"), Posts.Numbered("3")], "import", None);
        await queue.ReceiveAsync(1, None);
        await queue.DeadLetterRejectedAsync("webhook:meta", "{}", "externalPostId (scrm_externalpostid) is required", None);

        var status = await queue.StatusAsync(10, None);

        Assert.AreEqual(2, status.Pending);
        Assert.AreEqual(1, status.Leased);
        Assert.AreEqual(1, status.DeadLetters);
        Assert.AreEqual(FixedClock.Noon, status.OldestPending);
    }

    [TestMethod]
    public async Task Starting_worker_does_not_take_the_messages_a_live_worker_holds_only_those_of_a_dead_one()
    {
        // The holder renews its lease every third of a lease of real time, to the test's clock plus a lease; the test
        // moves that clock past the lease and waits for the renewal, so a slow machine cannot let the lease lapse.
        var lease = TimeSpan.FromSeconds(1);
        var holder = Open(clock, lease);
        await holder.EnqueueAsync([Posts.Numbered("1")], "import", None);
        var held = (await holder.ReceiveAsync(10, None)).Single();

        var starting = Open(clock, lease);
        clock.Now += lease * 2.5;
        await UntilAsync(async () => (await starting.StatusAsync(0, None)).Leased == 1, "the live worker renewed its lease");
        Assert.AreEqual(0, (await starting.ReceiveAsync(10, None)).Count, "the live worker's message was taken");

        await holder.DisposeAsync();
        clock.Now += lease * 1.5;
        var taken = (await starting.ReceiveAsync(10, None)).Single();
        Assert.AreEqual(held.Id, taken.Id);
        Assert.AreEqual(2, taken.Attempt);
        await starting.DisposeAsync();
    }

    [TestMethod]
    public async Task Queue_file_gives_its_space_back_once_drained()
    {
        var queue = Open();
        var text = new string('x', 2000);
        for (var chunk = 0; chunk < 10; chunk++)
        {
            await queue.EnqueueAsync(Enumerable.Range(0, 500).Select(i => Posts.Numbered($"{chunk}-{i}", text)).ToList(), "import", None);
        }

        SimulateProcessExit();
        var full = new FileInfo(path).Length;
        for (var received = await queue.ReceiveAsync(1000, None); received.Count > 0; received = await queue.ReceiveAsync(1000, None))
        {
            await queue.CompleteAsync(received, None);
        }

        SimulateProcessExit();
        var drained = new FileInfo(path).Length;
        Assert.IsTrue(full > 10_000_000, $"the full queue holds its 5,000 mentions ({full:N0} bytes)");
        Assert.IsTrue(drained < full / 10, $"the drained queue file is {drained:N0} bytes, {full:N0} when full");
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within 30 s: {what}.");
            }

            await Task.Delay(20);
        }
    }
}
