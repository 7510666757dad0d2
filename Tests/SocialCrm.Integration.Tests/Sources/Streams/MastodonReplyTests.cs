using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Sources.Streams.Mastodon;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Sources.Streams;

/// <summary>
/// Issue #13, Mastodon replies: a mention notification whose status answers one of the brand's statuses
/// (in_reply_to_id and in_reply_to_account_id of the Status entity, https://docs.joinmastodon.org/entities/Status/),
/// streamed as the user stream's notification event (https://docs.joinmastodon.org/methods/streaming/#user); the
/// fixture is mastodon-notification-mention.json with those two fields set.
/// </summary>
[TestClass]
public sealed class MastodonReplyTests
{
    private const string BrandStatusId = "108914300000000001";

    [TestMethod]
    public async Task A_reply_to_the_brands_status_is_a_reply_in_its_thread_and_the_same_notification_streamed_again_is_queued_once()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(new Dictionary<string, string?>
        {
            ["Streams:Mastodon:InstanceUrl"] = mastodon.Url.ToString(),
            ["Streams:Mastodon:AccessToken"] = mastodon.AcceptedToken,
            ["Streams:Mastodon:Transport"] = "WebSocket",
        });
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        var reply = JsonNode.Parse(MastodonStreamingServer.MentionNotification("68739400", "108914343542683900", "Ещё не пришло 📦 まだです"))!;
        reply["status"]!["in_reply_to_id"] = BrandStatusId;
        reply["status"]!["in_reply_to_account_id"] = MastodonStreamingServer.BrandAccountId;

        mastodon.Mention(reply.ToJsonString());
        mastodon.Mention(reply.ToJsonString());
        // The stream keeps its order: once the cursor names this one, both deliveries of the reply were taken in.
        mastodon.Mention(MastodonStreamingServer.MentionNotification("68739401", "108914343542683901", "after"));
        await rig.CursorSavedAsync(MastodonStreamingService.Cursor, "68739401");

        var queued = (await rig.QueuedAsync(2)).Select(m => m.Mention).OrderBy(m => m.ExternalPostId).ToList();
        var mention = queued[0];
        Assert.AreEqual("108914343542683900", mention.ExternalPostId);
        Assert.AreEqual(MessageType.CommentOrReply, mention.MessageType);
        Assert.AreEqual(BrandStatusId, mention.InReplyToId, "it joins the conversation of the status it answers");
        Assert.AreEqual("@trwnh Ещё не пришло 📦 まだです", mention.Text);
        Assert.AreEqual("108914343542683901", queued[1].ExternalPostId);
    }
}
