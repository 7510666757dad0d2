using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Replies;
using SocialCrm.Integration.Replies.Networks;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Replies;

/// <summary>
/// Issue 13: after the network accepts a reply, the worker records it in Dataverse as Sent. A refusal of that update
/// for its values is tried a bounded number of rounds, then recorded as "Sent not recorded"; an outage of Dataverse is
/// waited out however long it lasts. Either way the reply leaves once. Delivery runs as in the worker (its background
/// service), against Mastodon's documented API and a Web API double answering Dataverse's documented error bodies.
/// </summary>
[TestClass]
public sealed class RecordingSentRepliesTests
{
    private const int MaxRecordAttempts = 2;

    // The refusal Dataverse gives a text longer than its column (0x80044331 StringLengthTooLong).
    private const string TooLong = "A validation error occurred. The length of the 'scrm_posturl' attribute of the 'scrm_mention' entity exceeded the maximum allowed length of '500'.";

    [TestMethod]
    public async Task A_Sent_update_refused_for_its_values_is_tried_MaxRecordAttempts_times_then_recorded_as_sent_not_recorded_with_one_log_line()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var dataverse = await FakeReplyRows.StartAsync();
        dataverse.Answer(SendStatus.Sent, 10, HttpStatusCode.BadRequest, "0x80044331", TooLong);

        var replyId = dataverse.AddReply(SocialPlatform.Mastodon, "We are on it.", "113400000000000001");
        using var log = new ListLoggerProvider();
        await using (await RunningDelivery.StartAsync(mastodon, dataverse, log))
        {
            // The log line is the last thing the worker does about it.
            await Until.TrueAsync(() => Task.FromResult(log.Messages.Any(m => m.Contains(TooLong, StringComparison.Ordinal))),
                "the worker logs what Dataverse refused", log, TimeSpan.FromSeconds(60));
        }

        var status = mastodon.Statuses.Values.Single();
        var row = dataverse.Rows[replyId];
        Assert.AreEqual((int)SendStatus.SentNotRecorded, dataverse.SendStatusOf(replyId));
        Assert.AreEqual(MaxRecordAttempts, dataverse.Updates.Count(update => update.Status == 400), "the refused update is tried MaxRecordAttempts times");
        Assert.AreEqual(
            $"Sent on Mastodon as {status.Id} (https://mastodon.example/@brand/{status.Id}), but Dataverse refused to record it: 400 BadRequest (0x80044331): {TooLong}",
            row[MentionTable.SendError]!.GetValue<string>());
        Assert.IsFalse(row[MentionTable.SendRetryable]!.GetValue<bool>());
        Assert.IsNull(row[MentionTable.ExternalPostId], "none of the refused values");
        var errors = log.Messages.Where(m => m.Contains(replyId.ToString(), StringComparison.Ordinal) && m.Contains(TooLong, StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, errors, string.Join(Environment.NewLine, log.Messages));
    }

    [TestMethod]
    public async Task A_Sent_update_Dataverse_fails_with_a_server_fault_is_tried_every_round_past_the_refusal_bound_until_it_lands()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var dataverse = await FakeReplyRows.StartAsync();
        dataverse.Answer(SendStatus.Sent, MaxRecordAttempts + 3, HttpStatusCode.ServiceUnavailable, "0x80040216", "An unexpected error occurred.");

        var replyId = dataverse.AddReply(SocialPlatform.Mastodon, "We are on it.", "113400000000000001");
        using var log = new ListLoggerProvider();
        await using (await RunningDelivery.StartAsync(mastodon, dataverse, log))
        {
            await Until.TrueAsync(() => Task.FromResult(dataverse.SendStatusOf(replyId) == (int)SendStatus.Sent),
                "the reply is recorded as sent once Dataverse is back", log, TimeSpan.FromSeconds(60));
        }

        var status = mastodon.Statuses.Values.Single();
        Assert.AreEqual(status.Id, dataverse.Rows[replyId][MentionTable.ExternalPostId]!.GetValue<string>());
        Assert.AreEqual(MaxRecordAttempts + 3, dataverse.Updates.Count(update => update.Status == 503));
    }

    [TestMethod]
    public async Task When_Dataverse_refuses_even_sent_not_recorded_the_reply_is_left_alone_across_a_restart_and_listed_by_the_outbox()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var dataverse = await FakeReplyRows.StartAsync();
        dataverse.Answer(SendStatus.Sent, 10, HttpStatusCode.BadRequest, "0x80044331", TooLong);
        dataverse.Answer(SendStatus.SentNotRecorded, 10, HttpStatusCode.BadRequest, "0x80040265", "The reply is locked by a plug-in.");
        var replyId = dataverse.AddReply(SocialPlatform.Mastodon, "We are on it.", "113400000000000001");
        using var log = new ListLoggerProvider();
        var outboxPath = System.IO.Path.Combine(TempFolder.Create("socialcrm-replies-"), ReplyOutbox.FileName);

        await using (var worker = await RunningDelivery.StartAsync(mastodon, dataverse, log, outboxPath))
        {
            await Until.TrueAsync(async () => (await worker.Outbox.UnrecordedRepliesAsync(CancellationToken.None)).Count == 1,
                "the worker gives up recording the reply", log, TimeSpan.FromSeconds(60));
        }

        var updatesWhenGivenUp = dataverse.Updates.Count;
        await using (var restarted = await RunningDelivery.StartAsync(mastodon, dataverse, log, outboxPath))
        {
            var reads = dataverse.Reads;
            await Until.TrueAsync(() => Task.FromResult(dataverse.Reads >= reads + 3), "three more delivery rounds", log, TimeSpan.FromSeconds(60));
            var unrecorded = await restarted.Outbox.UnrecordedRepliesAsync(CancellationToken.None);
            Assert.AreEqual((replyId, mastodon.Statuses.Keys.Single()), (unrecorded.Single().ReplyId, unrecorded.Single().Posted.PostId));
        }

        Assert.AreEqual((int)SendStatus.Sending, dataverse.SendStatusOf(replyId), "Dataverse took nothing");
        Assert.HasCount(1, mastodon.Statuses, "never posted again");
        Assert.AreEqual(updatesWhenGivenUp, dataverse.Updates.Count, "nor the refused updates sent again");
        StringAssert.Contains(log.Messages.Single(m => m.Contains(TooLong, StringComparison.Ordinal)), "The reply is locked by a plug-in.");
    }

    /// <summary>The worker's reply delivery service on its own: outbox in a fresh folder, polling every 20 ms.</summary>
    private sealed class RunningDelivery : IAsyncDisposable
    {
        private readonly ServiceProvider services;
        private readonly ReplyDeliveryService service;

        private RunningDelivery(ServiceProvider services, ReplyDeliveryService service)
        {
            this.services = services;
            this.service = service;
        }

        public ReplyOutbox Outbox => services.GetRequiredService<ReplyOutbox>();

        public static async Task<RunningDelivery> StartAsync(FakeMastodon mastodon, FakeReplyRows dataverse, ILoggerProvider log, string? outboxPath = null)
        {
            var collection = new ServiceCollection();
            collection.AddLogging(logging => logging.AddProvider(log));
            collection.AddHttpClient(DataverseWebApiClient.HttpClientName);
            var endpoint = new DataverseEndpoint();
            endpoint.Resolve(dataverse.Url);
            collection.AddSingleton(endpoint);
            collection.AddSingleton(TimeProvider.System);
            collection.AddSingleton(Options.Create(new ReplyOptions
            {
                PollInterval = TimeSpan.FromMilliseconds(20),
                MaxRecordAttempts = MaxRecordAttempts,
                OutboxPath = outboxPath ?? System.IO.Path.Combine(TempFolder.Create("socialcrm-replies-"), ReplyOutbox.FileName),
                Mastodon = { InstanceUrl = mastodon.Url, AccessToken = mastodon.AcceptedToken },
            }));
            collection.AddSingleton(Options.Create(new QueueOptions()));
            collection.AddSingleton<ReplyOutbox>();
            collection.AddSingleton<ReplyDataverseClient>();
            collection.AddSingleton<INetworkReplyClient>(provider =>
                new MastodonReplyClient(new HttpClient(), provider.GetRequiredService<IOptions<ReplyOptions>>(), TimeProvider.System));
            collection.AddSingleton<ReplyDelivery>();
            collection.AddSingleton<ReplyWakeup>();
            collection.AddSingleton<ReplyDeliveryService>();
            var services = collection.BuildServiceProvider();
            var service = services.GetRequiredService<ReplyDeliveryService>();
            await service.StartAsync(CancellationToken.None);
            return new RunningDelivery(services, service);
        }

        public async ValueTask DisposeAsync()
        {
            await service.StopAsync(CancellationToken.None);
            await services.DisposeAsync();
        }
    }
}
