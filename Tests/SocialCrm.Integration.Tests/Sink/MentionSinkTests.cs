using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Sink;

[TestClass]
public sealed class MentionSinkTests
{
    private readonly ListLoggerProvider logs = new();

    private (MentionSink Sink, SqliteMentionQueue Queue) Build(FakeDataverse dataverse, int batchSize = 10, int maxConcurrency = 4, int maxAttempts = 8,
        RefusingTokenEndpoint? signIn = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Queue:Path"] = Path.Combine(TempFolder.Create(), "queue.db"),
            ["DataverseSink:Url"] = dataverse.Url.ToString(),
            ["DataverseSink:BatchSize"] = batchSize.ToString(),
            ["DataverseSink:MaxConcurrency"] = maxConcurrency.ToString(),
            ["DataverseSink:MaxAttempts"] = maxAttempts.ToString(),
            ["DataverseSink:RetryDelay"] = "00:00:00",
        };
        if (signIn != null)
        {
            settings["DataverseSink:TenantId"] = "contoso.onmicrosoft.com";
            settings["DataverseSink:ClientId"] = "00000000-0000-0000-0000-0000000000c1";
            settings["DataverseSink:ClientSecret"] = "a secret Entra ID no longer accepts";
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddMentionQueue(config)
            .AddDataverseSink(config);
        if (signIn != null)
        {
            collection.AddHttpClient(DataverseSignIn.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => signIn);
        }

        var services = collection.BuildServiceProvider();
        return (services.GetRequiredService<MentionSink>(), services.GetRequiredService<SqliteMentionQueue>());
    }

    private static Mention[] Numbered(int count, int rejected = -1) =>
        Enumerable.Range(1, count).Select(i => Posts.Numbered(i.ToString(), i == rejected ? "REJECT me" : "fine")).ToArray();

    [TestMethod]
    public async Task Batch_lands_as_one_UpsertMultiple_and_leaves_the_queue_empty()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse);
        await queue.EnqueueAsync(Numbered(5), "import", CancellationToken.None);

        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.AreEqual(5, dataverse.Records.Count);
        CollectionAssert.AreEqual(new[] { 5 }, dataverse.RequestSizes.ToArray());
        Assert.IsTrue(dataverse.Records.ContainsKey("scrm_mentions(scrm_platform=746500000,scrm_externalpostid='3')"));
        Assert.AreEqual(0, (await queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    /// <summary>Issue #13: an operator sees, per batch, what reached Dataverse and from which sources.</summary>
    [TestMethod]
    public async Task Each_batch_says_in_one_line_how_many_mentions_it_wrote_and_dead_lettered_and_from_which_sources()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse, batchSize: 10, maxConcurrency: 1);
        var mentions = Numbered(10, rejected: 7);
        await queue.EnqueueAsync(mentions.Take(6).ToArray(), "webhook:x", CancellationToken.None);
        await queue.EnqueueAsync(mentions.Skip(6).ToArray(), "import", CancellationToken.None);

        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.AreEqual(9, dataverse.Records.Count);
        CollectionAssert.AreEqual(new[] { "Dataverse batch: 9 written, 1 dead-lettered, 0 waiting for a retry; from import 4, webhook:x 6." },
            logs.Messages.Where(m => m.StartsWith("Dataverse batch:", StringComparison.Ordinal)).ToArray());
    }

    [TestMethod]
    public async Task Record_the_server_refuses_is_dead_lettered_with_the_servers_message_and_the_rest_of_its_batch_lands()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse, batchSize: 10);
        await queue.EnqueueAsync(Numbered(10, rejected: 7), "import", CancellationToken.None);

        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.AreEqual(9, dataverse.Records.Count);
        Assert.IsFalse(dataverse.Records.Keys.Any(k => k.EndsWith("'7')", StringComparison.Ordinal)));
        var status = await queue.StatusAsync(10, CancellationToken.None);
        Assert.AreEqual(0, status.Pending + status.Leased);
        var letter = status.RecentDeadLetters.Single();
        Assert.AreEqual("746500000:7", letter.Key);
        Assert.AreEqual("400 BadRequest (0x80040265): Mention 7 was refused by intake.", letter.Reason);
    }

    [TestMethod]
    public async Task Throttled_request_is_sent_again_after_the_wait_the_servers_Retry_After_asked_for()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse);
        await queue.EnqueueAsync(Numbered(3), "import", CancellationToken.None);
        dataverse.ThrottleNext(1);

        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.AreEqual(2, dataverse.Requests);
        Assert.AreEqual(3, dataverse.Records.Count);
        CollectionAssert.Contains(logs.Messages.ToArray(), "Dataverse answered 429; retrying in 00:00:01 (attempt 1).");
    }

    [TestMethod]
    public async Task Redelivered_mention_updates_the_same_record_instead_of_adding_one()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse);

        await queue.EnqueueAsync([Posts.Numbered("1", "first delivery")], "webhook:x", CancellationToken.None);
        await sink.DrainOnceAsync(CancellationToken.None);
        await queue.EnqueueAsync([Posts.Numbered("1", "first delivery")], "webhook:x", CancellationToken.None);
        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.AreEqual(2, dataverse.Requests);
        Assert.AreEqual(1, dataverse.Records.Count);
    }

    [TestMethod]
    public async Task Mentions_wait_in_the_queue_when_the_environment_denies_access_rather_than_being_dead_lettered()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse);
        await queue.EnqueueAsync(Numbered(2), "import", CancellationToken.None);
        dataverse.DenyAccess = true;

        await sink.DrainOnceAsync(CancellationToken.None);

        var status = await queue.StatusAsync(10, CancellationToken.None);
        Assert.AreEqual(2, status.Pending);
        Assert.AreEqual(0, status.DeadLetters);
    }

    [TestMethod]
    public async Task Local_default_sends_no_bearer_token()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse);
        await queue.EnqueueAsync(Numbered(1), "import", CancellationToken.None);

        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.IsNull(dataverse.Authorizations.Single());
    }

    [TestMethod]
    public async Task Never_more_requests_in_flight_than_the_concurrency_allows()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse, batchSize: 1, maxConcurrency: 2);
        await queue.EnqueueAsync(Numbered(8), "import", CancellationToken.None);

        while (await sink.DrainOnceAsync(CancellationToken.None) > 0)
        {
        }

        Assert.AreEqual(8, dataverse.Records.Count);
        Assert.IsTrue(dataverse.MaxInFlight <= 2, $"{dataverse.MaxInFlight} requests were in flight at once.");
    }

    [TestMethod]
    public async Task Long_throttling_storm_does_not_open_the_circuit_breaker_so_every_mention_lands_on_its_first_attempt()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse, batchSize: 1, maxConcurrency: 1);
        await queue.EnqueueAsync(Numbered(80), "import", CancellationToken.None);
        dataverse.ThrottleEverySecondRequest = true;

        // 160 requests, half of them 429: past the breaker's minimum throughput (100) at a failure ratio of 0.5.
        for (var round = 0; round < 80; round++)
        {
            await sink.DrainOnceAsync(CancellationToken.None);
        }

        Assert.AreEqual(80, dataverse.Records.Count);
        var status = await queue.StatusAsync(0, CancellationToken.None);
        Assert.AreEqual(0, status.Pending + status.Leased + status.DeadLetters);
    }

    [TestMethod]
    public async Task Stopping_the_sink_lets_the_write_in_flight_finish_instead_of_cutting_it()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        dataverse.ResponseDelay = TimeSpan.FromSeconds(1);
        var (sink, queue) = Build(dataverse);
        await queue.EnqueueAsync(Numbered(3), "import", CancellationToken.None);
        await sink.StartAsync(CancellationToken.None);
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (dataverse.Requests == 0)
            {
                await Task.Delay(10, patience.Token);
            }
        }

        await sink.StopAsync(CancellationToken.None);

        Assert.AreEqual(3, dataverse.Records.Count);
        var status = await queue.StatusAsync(0, CancellationToken.None);
        Assert.AreEqual(0, status.Pending + status.Leased);
    }

    [TestMethod]
    public async Task One_authors_mentions_are_never_in_two_concurrent_requests_and_land_in_the_order_they_came()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        dataverse.ResponseDelay = TimeSpan.FromMilliseconds(20);
        var (sink, queue) = Build(dataverse, batchSize: 3, maxConcurrency: 4);
        string[] authors = ["ana", "ben", "cy"];
        var posts = Enumerable.Range(1, 30).Select(i => Posts.ByAuthor(authors[i % 3], $"{authors[i % 3]}-{i:D2}")).ToArray();
        await queue.EnqueueAsync(posts, "import", CancellationToken.None);

        while (await sink.DrainOnceAsync(CancellationToken.None) > 0)
        {
        }

        Assert.AreEqual(30, dataverse.Landed.Count);
        Assert.IsFalse(dataverse.AuthorInTwoRequestsAtOnce, "an author's mentions were in two requests at once");
        foreach (var author in authors)
        {
            var landed = dataverse.Landed.Where(id => id.StartsWith(author + "-", StringComparison.Ordinal)).ToArray();
            CollectionAssert.AreEqual(landed.Order(StringComparer.Ordinal).ToArray(), landed, $"{author}'s mentions landed out of order");
        }
    }

    [TestMethod]
    public async Task Mention_Dataverse_cannot_take_on_any_attempt_is_dead_lettered_with_its_last_error()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var (sink, queue) = Build(dataverse, maxAttempts: 2);
        await queue.EnqueueAsync(Numbered(1), "import", CancellationToken.None);
        dataverse.DenyAccess = true;

        await sink.DrainOnceAsync(CancellationToken.None);
        Assert.AreEqual(1, (await queue.StatusAsync(0, CancellationToken.None)).Pending, "after the first attempt the mention waits for the next");
        await sink.DrainOnceAsync(CancellationToken.None);

        var status = await queue.StatusAsync(10, CancellationToken.None);
        Assert.AreEqual(0, status.Pending + status.Leased);
        Assert.AreEqual("Gave up after 2 attempts. Last error: 401 Unauthorized (0x80072560): The user is not a member of the organization.",
            status.RecentDeadLetters.Single().Reason);
    }

    /// <summary>Issue #14, defect 6: a refused sign-in escaped the sink and stopped the worker.</summary>
    [TestMethod]
    public async Task Refused_sign_in_keeps_the_mentions_waiting_with_the_reason_instead_of_stopping_the_sink()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var entraId = new RefusingTokenEndpoint();
        var (sink, queue) = Build(dataverse, signIn: entraId);
        await queue.EnqueueAsync(Numbered(2), "import", CancellationToken.None);

        await sink.DrainOnceAsync(CancellationToken.None);

        Assert.IsGreaterThan(0, entraId.Requests, "the sink asked Entra ID for a token");
        Assert.AreEqual(0, dataverse.Requests, "nothing reached Dataverse without a token");
        var status = await queue.StatusAsync(10, CancellationToken.None);
        Assert.AreEqual(2, status.Pending);
        Assert.AreEqual(0, status.DeadLetters);
        StringAssert.StartsWith(status.LastDeliveryError, "Sign-in to Microsoft Entra ID failed (invalid_client): ");
        StringAssert.Contains(status.LastDeliveryError, "AADSTS7000215: Invalid client secret provided.");
    }
}
