using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Networks;
using SocialCrm.Tests.Shared;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// A YouTube channel pushed to the running worker through a WebSub hub, all the way to Dataverse: the worker subscribes
/// the channel it polls, the hub's signed upload notification becomes the video's mention, and its deleted-entry
/// notification unpublishes it for good. Notifications are the documented formats
/// (https://developers.google.com/youtube/v3/guides/push_notifications; RFC 6721 for the delete).
/// </summary>
[TestClass]
public sealed class YouTubePushThroughTheWorkerTests
{
    private const string Channel = "UCuAXFkgsw1L7xaCfnd5JJOw";
    // The entry id yt:video:Xk8dQ2_vB7a as Dataverse stores a case-sensitive id (each capital as '^' and its small letter).
    private const string VideoPost = "yt:video:^xk8d^q2_v^b7a";
    private static readonly Uri Topic = new("https://www.youtube.com/xml/feeds/videos.xml?channel_id=" + Channel);

    [TestMethod]
    public async Task A_pushed_upload_lands_as_the_videos_mention_and_a_pushed_delete_unpublishes_it_for_good()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = await StartSubscribedAsync(hub, feedInterval: "1.00:00:00");

        var upload = Sample("youtube-push-upload.xml");
        CollectionAssert.AreEqual(new[] { 200 }, (await hub.PublishAsync(Topic, upload)).ToArray());
        var mention = await StoredMention.EventuallyAsync(rig, VideoPost, _ => true, "the pushed video lands");
        Assert.AreEqual((int)SocialPlatform.YouTube, mention.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual("雨の日の開封レビュー ☔ 新モデル", mention.GetAttributeValue<string>(MentionTable.Description));

        await hub.PublishAsync(Topic, Sample("youtube-push-deleted.xml"));
        mention = await StoredMention.EventuallyAsync(rig, VideoPost,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.Unpublished, "the deleted video is unpublished");
        Assert.AreEqual((int)MentionState.Canceled, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);

        // The hub redelivers the upload (at least once): the video stays one mention, still unpublished.
        await hub.PublishAsync(Topic, upload);
        await rig.WaitUntilQueueIsSettledAsync();
        mention = await StoredMention.EventuallyAsync(rig, VideoPost, _ => true, "the video is still one mention");
        Assert.AreEqual((int)MentionStatus.Unpublished, mention.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode).Value);
    }

    /// <summary>
    /// A push names a video by its title only; the channel feed the worker also polls carries its description; a later
    /// push carries a new title (https://developers.google.com/youtube/v3/guides/push_notifications: Google pushes on an
    /// upload and on a change of a video's title or description). Each change reaches the mention as an edit of its text.
    /// </summary>
    [TestMethod]
    public async Task A_pushed_video_takes_its_polled_description_and_its_pushed_new_title_as_edits_of_its_mention()
    {
        await using var hub = await WebSubHub.StartAsync();
        await using var rig = await StartSubscribedAsync(hub, feedInterval: "00:00:10");
        const string Description = "傘の留め具が二日で壊れました。返品します 😞";

        await hub.PublishAsync(Topic, Sample("youtube-push-upload.xml"));
        await StoredMention.EventuallyAsync(rig, VideoPost, m => m.GetAttributeValue<string>(MentionTable.Description) == "雨の日の開封レビュー ☔ 新モデル", "the pushed video lands by its title");

        hub.ChannelFeed = Sample("youtube-channel-pushed-video.xml");
        var mention = await StoredMention.EventuallyAsync(rig, VideoPost,
            m => m.GetAttributeValue<string>(MentionTable.Description) == "雨の日の開封レビュー ☔ 新モデル\n\n" + Description, "the polled description is applied");
        Assert.AreEqual("雨の日の開封レビュー ☔ 新モデル", mention.GetAttributeValue<string>(MentionTable.Subject));

        await hub.PublishAsync(Topic, Sample("youtube-push-title-changed.xml"));
        mention = await StoredMention.EventuallyAsync(rig, VideoPost,
            m => m.GetAttributeValue<string>(MentionTable.Subject) == "【返品しました】雨の日の開封レビュー ☔", "the pushed new title is applied");
        Assert.AreEqual("【返品しました】雨の日の開封レビュー ☔\n\n" + Description, mention.GetAttributeValue<string>(MentionTable.Description));

        // The upload's push again, and polls of the channel feed as it was: older than the new title, they change nothing.
        await hub.PublishAsync(Topic, Sample("youtube-push-upload.xml"));
        var reads = hub.FeedReads;
        await Eventually.TrueAsync(() => Task.FromResult(hub.FeedReads > reads + 1), "the channel feed is read twice more (the first of those reads is then delivered)", WorkerOnLocalDataverse.Patience);
        await rig.WaitUntilQueueIsSettledAsync();
        mention = await StoredMention.EventuallyAsync(rig, VideoPost, _ => true, "the video is still one mention");
        Assert.AreEqual("【返品しました】雨の日の開封レビュー ☔\n\n" + Description, mention.GetAttributeValue<string>(MentionTable.Description));
    }

    /// <summary>The worker polling the hub's feed of the channel every <paramref name="feedInterval"/>, once it has
    /// subscribed the channel at the hub; on another port when the one chosen was taken before the worker bound it.</summary>
    private static Task<WorkerOnLocalDataverse> StartSubscribedAsync(WebSubHub hub, string feedInterval) =>
        FreePort.StartAsync(port => StartSubscribedAsync(hub, feedInterval, port));

    private static async Task<WorkerOnLocalDataverse> StartSubscribedAsync(WebSubHub hub, string feedInterval, int port)
    {
        var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Webhooks:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Feeds:Interval"] = feedInterval,
            ["Feeds:Subscriptions:0:Url"] = hub.FeedUrl(Channel).ToString(),
            ["Feeds:Subscriptions:0:Platform"] = "YouTube",
            ["WebSub:HubUrl"] = hub.Url.ToString(),
            ["WebSub:CallbackBaseUrl"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/",
            ["WebSub:RetryInterval"] = "00:00:01",
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        try
        {
            await rig.StartWorkerAsync();
            await Eventually.TrueAsync(() => Task.FromResult(hub.SubscriptionsTo(Topic).Count == 1), "the worker subscribes the channel at the hub", WorkerOnLocalDataverse.Patience);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));
}
