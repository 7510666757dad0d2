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

    private SqliteMentionQueue Open(int maxAttempts = 3) => new(Options.Create(new QueueOptions
    {
        Path = path,
        MaxAttempts = maxAttempts,
        LeaseDuration = TimeSpan.FromMinutes(5),
        RetryDelay = TimeSpan.FromSeconds(10),
        MaxRetryDelay = TimeSpan.FromMinutes(1),
    }), clock);

    /// <summary>What a process exit does to the queue's file: every connection closed, nothing kept in memory.</summary>
    private static void SimulateProcessExit() => SqliteConnection.ClearAllPools();

    [TestMethod]
    public async Task Enqueued_mentions_are_there_after_a_restart()
    {
        await Open().EnqueueAsync([Posts.Numbered("1"), Posts.Numbered("2")], "import", None);
        SimulateProcessExit();

        var leased = await Open().LeaseAsync(10, None);

        CollectionAssert.AreEqual(new[] { "1", "2" }, leased.Select(m => m.Mention.ExternalPostId).ToArray());
        Assert.AreEqual(Posts.Numbered("1"), leased[0].Mention);
        Assert.AreEqual("import", leased[0].Source);
    }

    [TestMethod]
    public async Task Mention_leased_but_not_acknowledged_before_a_crash_is_delivered_again_after_restart()
    {
        var before = Open();
        await before.EnqueueAsync([Posts.Numbered("1")], "webhook", None);
        var first = (await before.LeaseAsync(10, None)).Single();
        SimulateProcessExit();

        var after = Open();
        Assert.AreEqual(0, (await after.LeaseAsync(10, None)).Count, "the lease of the crashed run still holds");
        await after.ReleaseAllLeasesAsync(None);
        var again = (await after.LeaseAsync(10, None)).Single();

        Assert.AreEqual(first.Id, again.Id);
        Assert.AreEqual(1, first.Attempt);
        Assert.AreEqual(2, again.Attempt);
    }

    [TestMethod]
    public async Task Acknowledged_mention_is_gone_and_the_rest_stay()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1"), Posts.Numbered("2")], "import", None);
        var leased = await queue.LeaseAsync(10, None);

        await queue.AcknowledgeAsync([leased[0]], None);
        await queue.ReleaseAllLeasesAsync(None);

        Assert.AreEqual("2", (await queue.LeaseAsync(10, None)).Single().Mention.ExternalPostId);
    }

    [TestMethod]
    public async Task Redelivered_post_while_waiting_replaces_its_message_instead_of_adding_one()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1", "first version")], "webhook", None);
        await queue.EnqueueAsync([Posts.Numbered("1", "edited version")], "webhook", None);

        var leased = await queue.LeaseAsync(10, None);

        Assert.AreEqual(1, leased.Count);
        Assert.AreEqual("edited version", leased[0].Mention.Text);
    }

    [TestMethod]
    public async Task Redelivered_post_while_its_message_is_leased_becomes_a_second_message()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1", "first version")], "webhook", None);
        var inFlight = await queue.LeaseAsync(10, None);

        await queue.EnqueueAsync([Posts.Numbered("1", "edited version")], "webhook", None);

        Assert.AreEqual("edited version", (await queue.LeaseAsync(10, None)).Single().Mention.Text);
        Assert.AreEqual("first version", inFlight.Single().Mention.Text);
    }

    [TestMethod]
    public async Task Failed_mention_comes_back_after_its_retry_delay_and_not_before()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1")], "import", None);
        var leased = (await queue.LeaseAsync(10, None)).Single();

        await queue.RetryLaterAsync(leased, "503 Service Unavailable", None);
        clock.Now += TimeSpan.FromSeconds(9);
        Assert.AreEqual(0, (await queue.LeaseAsync(10, None)).Count);
        clock.Now += TimeSpan.FromSeconds(1);
        var again = (await queue.LeaseAsync(10, None)).Single();

        Assert.AreEqual(2, again.Attempt);
    }

    [TestMethod]
    public async Task Mention_that_fails_on_every_attempt_is_dead_lettered_with_its_last_error()
    {
        var queue = Open(maxAttempts: 2);
        await queue.EnqueueAsync([Posts.Numbered("1")], "import", None);

        await queue.RetryLaterAsync((await queue.LeaseAsync(10, None)).Single(), "timeout", None);
        clock.Now += TimeSpan.FromMinutes(5);
        await queue.RetryLaterAsync((await queue.LeaseAsync(10, None)).Single(), "still a timeout", None);

        var status = await queue.StatusAsync(10, None);
        Assert.AreEqual(0, status.Pending);
        Assert.AreEqual(1, status.DeadLetters);
        Assert.AreEqual("Gave up after 2 attempts. Last error: still a timeout", status.RecentDeadLetters.Single().Reason);
        Assert.AreEqual("746500000:1", status.RecentDeadLetters.Single().Key);
    }

    [TestMethod]
    public async Task Dead_letter_keeps_the_servers_message_and_the_mention()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1")], "import", None);

        await queue.DeadLetterAsync((await queue.LeaseAsync(10, None)).Single(), "scrm_postedon is in the future", None);
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
        var stale = (await queue.LeaseAsync(10, None)).Single();
        clock.Now += TimeSpan.FromMinutes(5);
        var current = (await queue.LeaseAsync(10, None)).Single();

        await queue.AcknowledgeAsync([stale], None);

        var status = await queue.StatusAsync(10, None);
        Assert.AreEqual(1, status.Leased, "the current lease still owns the message");
        await queue.AcknowledgeAsync([current], None);
        Assert.AreEqual(0, (await queue.StatusAsync(10, None)).Leased);
    }

    [TestMethod]
    public async Task Status_counts_waiting_leased_and_dead_letters()
    {
        var queue = Open();
        await queue.EnqueueAsync([Posts.Numbered("1"), Posts.Numbered("2"), Posts.Numbered("3")], "import", None);
        await queue.LeaseAsync(1, None);
        await queue.DeadLetterRejectedAsync("webhook:meta", "{}", "externalPostId (scrm_externalpostid) is required", None);

        var status = await queue.StatusAsync(10, None);

        Assert.AreEqual(2, status.Pending);
        Assert.AreEqual(1, status.Leased);
        Assert.AreEqual(1, status.DeadLetters);
        Assert.AreEqual(FixedClock.Noon, status.OldestPending);
    }
}
