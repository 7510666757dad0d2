using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using RabbitMQ.Client;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Health;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Queue;

/// <summary>
/// The queue's roles on a real RabbitMQ node (Queue:Kind RabbitMq), each test under a prefix of its own on one node the
/// class starts. A "worker" here is a service provider of its own: its own connection, consumer and sink.
/// </summary>
[TestClass]
public sealed partial class RabbitMqMentionQueueTests
{
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static RabbitMqBroker? broker;

    private readonly string prefix = "test-" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<ServiceProvider> workers = [];

    [ClassCleanup]
    public static async Task StopBrokerAsync()
    {
        if (broker != null)
        {
            await broker.DisposeAsync();
        }
    }

    [TestCleanup]
    public async Task StopWorkersAsync()
    {
        foreach (var worker in workers)
        {
            await worker.DisposeAsync();
        }
    }

    private static async Task<RabbitMqBroker> BrokerAsync()
    {
        await Starting.WaitAsync();
        try
        {
            return broker ??= await RabbitMqBroker.StartAsync();
        }
        finally
        {
            Starting.Release();
        }
    }

    private async Task<Dictionary<string, string?>> SettingsAsync(FakeDataverse? dataverse = null, int partitions = 4, string queueType = "Classic") => new()
    {
        ["Queue:RabbitMq:QueueType"] = queueType,
        ["Queue:Kind"] = "RabbitMq",
        ["Queue:RabbitMq:Uri"] = (await BrokerAsync()).Uri.ToString(),
        ["Queue:RabbitMq:Prefix"] = prefix,
        ["Queue:RabbitMq:Partitions"] = partitions.ToString(CultureInfo.InvariantCulture),
        ["Queue:RabbitMq:Prefetch"] = "50",
        ["DataverseSink:Url"] = dataverse?.Url.ToString() ?? "http://127.0.0.1:9/",
        ["DataverseSink:BatchSize"] = "10",
        ["DataverseSink:MaxConcurrency"] = "4",
        ["DataverseSink:IdleDelay"] = "00:00:00.050",
    };

    private async Task<ServiceProvider> WorkerAsync(FakeDataverse? dataverse = null, int partitions = 4, string queueType = "Classic",
        Dictionary<string, string?>? more = null)
    {
        var settings = await SettingsAsync(dataverse, partitions, queueType);
        foreach (var (name, value) in more ?? [])
        {
            settings[name] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var worker = new ServiceCollection().AddLogging().AddMentionQueue(config).AddDataverseSink(config).AddWorkerHealth().BuildServiceProvider();
        workers.Add(worker);
        return worker;
    }

    /// <summary>Mention n of <paramref name="count"/> is by author n mod <paramref name="authors"/>, so each author's come interleaved.</summary>
    private static Mention[] Numbered(int count, int authors) =>
        Enumerable.Range(1, count).Select(i => Posts.ByAuthor($"author-{i % authors}", i.ToString(CultureInfo.InvariantCulture))).ToArray();

    private static async Task<List<QueuedMention>> ReceiveAllAsync(IMentionConsumer consumer, int count)
    {
        var received = new List<QueuedMention>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (received.Count < count)
        {
            received.AddRange(await consumer.ReceiveAsync(count - received.Count, patience.Token));
        }

        return received;
    }

    private static void AssertEachAuthorInOrder(IEnumerable<string> postIds, int authors)
    {
        foreach (var author in postIds.Select(int.Parse).GroupBy(id => id % authors))
        {
            CollectionAssert.AreEqual(author.Order().ToArray(), author.ToArray(), $"author-{author.Key}'s mentions came out of order");
        }
    }

    [TestMethod]
    [DataRow("Classic", DisplayName = "classic queues")]
    [DataRow("Quorum", DisplayName = "quorum queues")]
    public async Task Mentions_queued_on_the_broker_land_once_each_and_each_authors_in_the_order_they_came(string queueType)
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var worker = await WorkerAsync(dataverse, queueType: queueType);
        await worker.GetRequiredService<IMentionInbox>().EnqueueAsync(Numbered(600, authors: 30), "import", CancellationToken.None);

        var sink = worker.GetRequiredService<MentionSink>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (dataverse.Records.Count < 600)
        {
            await sink.DrainOnceAsync(patience.Token);
        }

        var status = await worker.GetRequiredService<IQueueMonitor>().StatusAsync(5, CancellationToken.None);
        Assert.AreEqual(600, dataverse.Landed.Count, "a mention landed twice");
        AssertEachAuthorInOrder(dataverse.Landed, authors: 30);
        Assert.IsFalse(dataverse.AuthorInTwoRequestsAtOnce);
        Assert.AreEqual(0, status.Pending + status.DeadLetters);
    }

    [TestMethod]
    public async Task Worker_that_dies_leaves_its_unacknowledged_mentions_to_the_next_in_their_order_and_none_are_read_by_two_at_once()
    {
        var first = await WorkerAsync();
        var second = await WorkerAsync();
        await first.GetRequiredService<IMentionInbox>().EnqueueAsync(Numbered(80, authors: 8), "import", CancellationToken.None);
        var held = await ReceiveAllAsync(first.GetRequiredService<IMentionConsumer>(), 80);
        var standingBy = await second.GetRequiredService<IMentionConsumer>().ReceiveAsync(80, CancellationToken.None);

        // Dies without settling anything: its connection closes as a killed process's does.
        await first.DisposeAsync();
        workers.Remove(first);
        var takenOver = await ReceiveAllAsync(second.GetRequiredService<IMentionConsumer>(), 80);

        Assert.IsEmpty(standingBy, "a second worker read partitions the first one was reading");
        CollectionAssert.AreEquivalent(held.Select(m => m.Mention.Key).ToArray(), takenOver.Select(m => m.Mention.Key).ToArray());
        AssertEachAuthorInOrder(takenOver.Select(m => m.Mention.ExternalPostId), authors: 8);
    }

    [TestMethod]
    public async Task Abandoned_mention_comes_back_after_its_delay_as_the_next_attempt_and_not_before()
    {
        var consumer = (await WorkerAsync()).GetRequiredService<IMentionConsumer>();
        await workers[0].GetRequiredService<IMentionInbox>().EnqueueAsync([Posts.Numbered("1")], "import", CancellationToken.None);
        var first = await ReceiveAllAsync(consumer, 1);

        var delay = TimeSpan.FromSeconds(3);
        var sinceAbandoned = Stopwatch.StartNew();
        await consumer.AbandonAsync(first, delay, "503 ServiceUnavailable", CancellationToken.None);
        var atOnce = await consumer.ReceiveAsync(1, CancellationToken.None);
        var atOnceWithinDelay = sinceAbandoned.Elapsed < delay;
        var later = atOnce.Count > 0 ? atOnce.Single() : (await ReceiveAllAsync(consumer, 1)).Single();

        // A machine that stalls past the delay between the two calls gets it back at once, and rightly.
        Assert.IsTrue(atOnce.Count == 0 || !atOnceWithinDelay, "the mention came back before its delay");
        Assert.AreEqual(1, first.Single().Attempt);
        Assert.AreEqual(2, later.Attempt);
        Assert.AreEqual("1", later.Mention.ExternalPostId);
    }

    [TestMethod]
    public async Task Enqueue_fails_when_the_broker_cannot_route_a_mention_instead_of_losing_it()
    {
        var worker = await WorkerAsync(partitions: 1);
        var inbox = worker.GetRequiredService<IMentionInbox>();
        await inbox.EnqueueAsync([Posts.Numbered("1")], "import", CancellationToken.None);
        var factory = new ConnectionFactory { Uri = (await BrokerAsync()).Uri };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeleteAsync($"{prefix}.mentions.0");
        }

        await Assert.ThrowsAsync<RabbitMQ.Client.Exceptions.PublishException>(() => inbox.EnqueueAsync([Posts.Numbered("2")], "import", CancellationToken.None));
    }

    [TestMethod]
    public async Task Dead_letters_on_the_broker_are_listed_shown_replayed_and_purged_from_the_command_line()
    {
        var worker = await WorkerAsync();
        var consumer = worker.GetRequiredService<IMentionConsumer>();
        await worker.GetRequiredService<IMentionInbox>().EnqueueAsync([Posts.Numbered("7", "refused text")], "import", CancellationToken.None);
        var refused = (await ReceiveAllAsync(consumer, 1)).Single();
        await consumer.DeadLetterAsync(refused, "400 BadRequest (0x80040265): Mention 7 was refused by intake.", CancellationToken.None);
        await worker.GetRequiredService<IMentionInbox>().DeadLetterRejectedAsync("webhook:meta", """{"field":"feed"}""", "postedOn (scrm_postedon) is required.", CancellationToken.None);
        var console = new TestConsole();
        var settings = await SettingsAsync();
        Task<int> Run(params string[] args) => SocialCrmCommandLine.Create(new CommandEnvironment
        {
            Console = console.Console,
            Configure = config => config.AddInMemoryCollection(settings),
        }).Parse(args).InvokeAsync();

        Assert.AreEqual(0, await Run("deadletter", "list"));
        var id = (await worker.GetRequiredService<IDeadLetters>().ListAsync(10, CancellationToken.None)).Single(l => l.Key.Length > 0).Id;
        Assert.AreEqual(0, await Run("deadletter", "show", id.ToString(CultureInfo.InvariantCulture)));
        Assert.AreEqual(0, await Run("deadletter", "replay", "--all"));
        var replayed = (await ReceiveAllAsync(consumer, 1)).Single();
        Assert.AreEqual(0, await Run("deadletter", "purge", "--all"));
        var left = await worker.GetRequiredService<IQueueMonitor>().StatusAsync(5, CancellationToken.None);

        StringAssert.Contains(console.Output, "400 BadRequest (0x80040265): Mention 7 was refused by intake.");
        StringAssert.Contains(console.Output, "(refused at the edge)");
        StringAssert.Contains(console.Output, "2 dead letter(s) shown.");
        StringAssert.Contains(console.Output, "refused text");
        StringAssert.Contains(console.Output, "Replayed: 1");
        StringAssert.Contains(console.Output, "Not replayed: 1 refused at the edge");
        StringAssert.Contains(console.Output, "Purged: 1.");
        Assert.AreEqual(("7", 1), (replayed.Mention.ExternalPostId, replayed.Attempt));
        Assert.AreEqual(0, left.DeadLetters);
    }
}
