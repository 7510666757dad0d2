using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Sources.WebSub;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Sources.WebSub;

/// <summary>
/// YouTube push notifications through a hub that follows W3C WebSub and PubSubHubbub 0.4: the worker subscribes its
/// channels, confirms only what it asked for, takes only notifications signed with its secret, and renews its leases.
/// Notifications are the documented formats (Samples/youtube-push-*.xml).
/// </summary>
[TestClass]
public sealed class YouTubePushTests
{
    private const string Channel = "UCuAXFkgsw1L7xaCfnd5JJOw";
    private static readonly Uri Topic = new("https://www.youtube.com/xml/feeds/videos.xml?channel_id=" + Channel);

    [TestMethod]
    public async Task The_worker_subscribes_each_YouTube_channel_feed_at_the_hub_with_its_callback_lease_and_a_secret()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();

        var request = (await rig.ConfirmedAsync(Topic, 1)).Single();

        Assert.AreEqual("subscribe", request.Mode);
        Assert.AreEqual(rig.Callback(Channel), request.Callback);
        Assert.AreEqual(864000, request.LeaseSeconds);
        Assert.AreEqual(64, request.Secret?.Length, "a secret of 32 random bytes in hex");
        Assert.HasCount(1, hub.SubscriptionsTo(Topic));
    }

    [TestMethod]
    [DataRow("hub.mode=subscribe&hub.topic={other}&hub.challenge=c1&hub.lease_seconds=300", DisplayName = "a topic it did not ask for")]
    [DataRow("hub.mode=unsubscribe&hub.topic={topic}&hub.challenge=c1", DisplayName = "an unsubscription it did not ask for")]
    [DataRow("hub.mode=subscribe&hub.topic={topic}&hub.lease_seconds=300", DisplayName = "no challenge")]
    [DataRow("hub.mode=subscribe&hub.topic={topic}&hub.challenge=c1", DisplayName = "a subscription without its lease")]
    public async Task A_verification_the_worker_did_not_ask_for_gets_404_and_no_challenge(string query)
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);
        using var client = new HttpClient();

        var url = rig.Callback(Channel) + "?" + query.Replace("{topic}", Uri.EscapeDataString(Topic.ToString()), StringComparison.Ordinal)
            .Replace("{other}", Uri.EscapeDataString("https://www.youtube.com/xml/feeds/videos.xml?channel_id=UCsomeoneelse"), StringComparison.Ordinal);
        using var response = await client.GetAsync(url);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("c1", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task A_verification_for_a_channel_it_does_not_follow_gets_404()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        using var client = new HttpClient();

        var other = "https://www.youtube.com/xml/feeds/videos.xml?channel_id=UCsomeoneelse";
        using var response = await client.GetAsync(rig.Callback("UCsomeoneelse") + $"?hub.mode=subscribe&hub.topic={Uri.EscapeDataString(other)}&hub.challenge=c1&hub.lease_seconds=300");

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TestMethod]
    public async Task A_signed_upload_notification_queues_the_video_as_the_channels_YouTube_mention()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);

        var answers = await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));

        CollectionAssert.AreEqual(new[] { 200 }, answers.ToArray());
        var mention = (await rig.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual(SocialPlatform.YouTube, mention.Platform);
        Assert.AreEqual("yt:video:Xk8dQ2_vB7a", mention.ExternalPostId);
        Assert.AreEqual(Channel, mention.Author.ExternalId);
        Assert.AreEqual("Unboxing Weekly", mention.Author.DisplayName);
        Assert.AreEqual("雨の日の開封レビュー ☔ 新モデル", mention.Text);
        Assert.AreEqual("http://www.youtube.com/watch?v=Xk8dQ2_vB7a", mention.PostUrl);
    }

    /// <summary>
    /// Google pushes a notification when a video is uploaded or its title or description changes, and the notification
    /// carries the title only (https://developers.google.com/youtube/v3/guides/push_notifications); the channel feed
    /// carries the description too (media:description). Each change reaches the mention once, as an edit.
    /// </summary>
    [TestMethod]
    public async Task A_pushed_video_takes_the_polled_description_and_a_pushed_new_title_each_as_one_edit_and_redeliveries_change_nothing()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);
        var feed = new FeedSubscription { Url = hub.FeedUrl(Channel), Platform = SocialPlatform.YouTube };
        const string Description = "傘の留め具が二日で壊れました。返品します 😞";

        await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));
        hub.ChannelFeed = Samples.Text("youtube-channel-pushed-video.xml");
        Assert.AreEqual(0, await rig.Poller.PollAsync(feed, CancellationToken.None), "the video is no new mention");

        var edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.YouTube, "yt:video:Xk8dQ2_vB7a", "雨の日の開封レビュー ☔ 新モデル\n\n" + Description,
            new DateTimeOffset(2025, 2, 27, 19, 5, 24, TimeSpan.Zero)), edit);

        await hub.PublishAsync(Topic, Samples.Text("youtube-push-title-changed.xml"));
        edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual("【返品しました】雨の日の開封レビュー ☔\n\n" + Description, edit.Text, "the new title, with the description the push does not carry");

        // Redeliveries: the same push, the upload's push (older) and the channel feed as it was (older) change nothing.
        await hub.PublishAsync(Topic, Samples.Text("youtube-push-title-changed.xml"));
        await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));
        Assert.AreEqual(0, await rig.Poller.PollAsync(feed, CancellationToken.None));

        Assert.AreEqual(edit, (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single());
        Assert.HasCount(1, await rig.Queue.ReceiveAsync(10, CancellationToken.None), "one mention");
        Assert.AreEqual(1, rig.Log.Messages.Count(m => m.Contains("feed delivery: 0 queued, 0 removals, 1 edits", StringComparison.Ordinal)), "the poll's one edit");
        Assert.AreEqual(1, rig.Log.Messages.Count(m => m.Contains("websub:youtube delivery: 0 queued, 0 removals, 1 edits", StringComparison.Ordinal)), "the new title's one edit");
        Assert.AreEqual(0, rig.Log.Messages.Count(m => m.Contains("websub:youtube delivery: 0 queued, 0 removals, 0 edits", StringComparison.Ordinal)), "a redelivery is no delivery");
    }

    /// <summary>
    /// A push carries the title only (https://developers.google.com/youtube/v3/guides/push_notifications), so a push asks
    /// for a poll of its channel's feed, which brings the description, without waiting for the interval (a day here).
    /// The rig's clock stands still until the test moves it past Feeds:PollAfterPush, so both pushes surely came first.
    /// </summary>
    [TestMethod]
    public async Task Pushes_of_a_channel_that_arrive_together_bring_one_prompt_poll_of_its_feed_and_the_description_with_it()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        rig.Settings["Feeds:PollAfterPush"] = "00:00:01";
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);
        await rig.UntilAsync(() => Task.FromResult(hub.FeedReads == 1), "the feed is polled once at start");
        hub.ChannelFeed = Samples.Text("youtube-channel-pushed-video.xml");

        await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));
        await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));
        Assert.AreEqual(1, hub.FeedReads, "the clock stands still: the pushes' poll is not due yet");
        rig.Clock.Now += TimeSpan.FromSeconds(1);

        await rig.UntilAsync(async () => (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Count == 1, "the polled description is an edit");
        var edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual("雨の日の開封レビュー ☔ 新モデル\n\n傘の留め具が二日で壊れました。返品します 😞", edit.Text);
        Assert.AreEqual(2, hub.FeedReads, "one poll for both pushes");
        Assert.HasCount(1, await rig.Queue.ReceiveAsync(10, CancellationToken.None), "one mention");
    }

    [TestMethod]
    public async Task A_push_of_a_channel_whose_feed_is_backing_off_after_failures_does_not_poll_it_before_its_next_try()
    {
        await using var hub = await WebSubHub.StartAsync();
        hub.ChannelFeed = "this is not a feed";
        await using var rig = new WebSubRig(hub, Channel);
        rig.Settings["Feeds:PollAfterPush"] = "00:00:01";
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);
        await rig.UntilAsync(() => Task.FromResult(rig.Log.Messages.Any(m => m.Contains("could not be read", StringComparison.Ordinal))), "the poll at start fails");
        hub.ChannelFeed = Samples.Text("youtube-channel-pushed-video.xml");

        await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));
        rig.Clock.Now += TimeSpan.FromSeconds(1);

        await rig.UntilAsync(() => Task.FromResult(rig.Log.Messages.Any(m => m.Contains("was pushed but is backing off", StringComparison.Ordinal))), "the push's poll waits");
        Assert.AreEqual(1, hub.FeedReads, "only the failed poll at start");
        Assert.HasCount(1, await rig.Queue.ReceiveAsync(10, CancellationToken.None), "the pushed video is still taken");
    }

    [TestMethod]
    [DataRow("sha1=0000000000000000000000000000000000000000", DisplayName = "a signature of another secret")]
    [DataRow(null, DisplayName = "no signature")]
    [DataRow("md5=00000000000000000000000000000000", DisplayName = "a method WebSub does not define")]
    public async Task A_notification_not_signed_with_the_subscriptions_secret_is_acknowledged_and_nothing_of_it_is_read(string? signature)
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);
        var subscription = hub.SubscriptionsTo(Topic).Single();

        // A body that is not XML would be answered 400 if it were parsed: the 200 shows it never was.
        var notXml = await hub.DeliverAsync(subscription, "not xml <", signature);
        var forged = await hub.DeliverAsync(subscription, Samples.Text("youtube-push-upload.xml"), signature ?? WebSubHub.Sign("guessed", "x"));

        Assert.AreEqual(200, notXml);
        Assert.AreEqual(200, forged);
        var status = await rig.Queue.StatusAsync(10, CancellationToken.None);
        Assert.AreEqual(0, status.Pending);
        Assert.AreEqual(0, status.DeadLetters);
        Assert.IsTrue(rig.Log.Messages.Any(m => m.Contains("was ignored: its X-Hub-Signature is missing or does not match", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task A_deleted_video_notification_records_the_videos_removal_and_queues_nothing()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);

        await hub.PublishAsync(Topic, Samples.Text("youtube-push-deleted.xml"));

        var removal = (await rig.Removals.DueAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(SocialPlatform.YouTube, removal.Platform);
        Assert.AreEqual("yt:video:Xk8dQ2_vB7a", removal.ExternalPostId);
        Assert.AreEqual(MentionStatus.Unpublished, removal.Status);
        Assert.AreEqual(0, (await rig.Queue.StatusAsync(10, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task A_notification_over_the_body_limit_is_refused_with_413()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        rig.Settings["WebSub:MaxBodyBytes"] = "1024";
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);
        var large = Samples.Text("youtube-push-upload.xml").Replace("<title>YouTube video feed</title>",
            "<title>" + new string('x', 2048) + "</title>", StringComparison.Ordinal);

        var answers = await hub.PublishAsync(Topic, large);

        CollectionAssert.AreEqual(new[] { 413 }, answers.ToArray());
        Assert.AreEqual(0, (await rig.Queue.StatusAsync(10, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task The_lease_is_renewed_with_the_same_secret_once_three_quarters_of_what_the_hub_granted_have_passed()
    {
        await using var hub = await WebSubHub.StartAsync();
        hub.GrantedLeaseSeconds = 3600;
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        var first = (await rig.ConfirmedAsync(Topic, 1)).Single();

        rig.Clock.Now += TimeSpan.FromMinutes(46);
        var renewal = (await rig.ConfirmedAsync(Topic, 2))[1];

        Assert.AreEqual("subscribe", renewal.Mode);
        Assert.AreEqual(first.Secret, renewal.Secret);
        Assert.AreEqual(first.Callback, renewal.Callback);
    }

    [TestMethod]
    public async Task A_restarted_worker_keeps_its_subscription_so_the_hubs_next_notification_still_verifies()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);

        await rig.StopAsync();
        await rig.StartAsync();
        var answers = await hub.PublishAsync(Topic, Samples.Text("youtube-push-upload.xml"));

        CollectionAssert.AreEqual(new[] { 200 }, answers.ToArray());
        Assert.AreEqual("yt:video:Xk8dQ2_vB7a", (await rig.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention.ExternalPostId);
        Assert.HasCount(1, hub.Requests, "the lease is still good: no new subscription request");
    }

    [TestMethod]
    public async Task A_channel_taken_out_of_the_settings_is_unsubscribed_at_the_hub()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = new WebSubRig(hub, Channel);
        await rig.StartAsync();
        await rig.ConfirmedAsync(Topic, 1);

        await rig.StopAsync();
        rig.Channels = [];
        await rig.StartAsync();
        var unsubscribe = (await rig.ConfirmedAsync(Topic, 2))[1];

        Assert.AreEqual("unsubscribe", unsubscribe.Mode);
        Assert.HasCount(0, hub.SubscriptionsTo(Topic));
    }
}
