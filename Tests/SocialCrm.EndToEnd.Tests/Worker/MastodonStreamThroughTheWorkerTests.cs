using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Networks;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// The brand's Mastodon streams read by the running worker, all the way to mentions in Dataverse: a mention, its edit,
/// its delete, a status no longer visible and visible again, and a direct message. Payloads are the documented notification and conversation events
/// (https://docs.joinmastodon.org/methods/streaming/#user, #direct) with their documented Status fields changed
/// (https://docs.joinmastodon.org/entities/Status/).
/// </summary>
[TestClass]
public sealed class MastodonStreamThroughTheWorkerTests
{
    private const string StatusId = "108914343542683797";

    [TestMethod]
    public async Task A_streamed_mention_lands_takes_its_authors_newest_edit_and_is_marked_deleted_with_its_text_erased()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);

        mastodon.Mention(Notification(StatusId, "注文した傘がまだ届きません 😞", editedAt: null));
        var mention = await StoredMention.EventuallyAsync(rig, StatusId, m => m.GetAttributeValue<string>(MentionTable.Description) == "@trwnh 注文した傘がまだ届きません 😞", "the mention lands");
        Assert.AreEqual((int)SocialPlatform.Mastodon, mention.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual((int)MessageType.PublicPost, mention.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);

        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "傘が届きました 🎉 ありがとう", editedAt: "2022-08-30T23:20:00.000Z")));
        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "an older edit", editedAt: "2022-08-30T23:15:00.000Z")));
        mention = await StoredMention.EventuallyAsync(rig, StatusId, m => m.GetAttributeValue<string>(MentionTable.Description) == "@trwnh 傘が届きました 🎉 ありがとう", "the newest edit is applied");
        Assert.AreEqual("@trwnh 傘が届きました 🎉 ありがとう", mention.GetAttributeValue<string>(MentionTable.Subject));

        mastodon.Publish("user", "delete", StatusId);
        mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the mention is marked deleted by its author");
        Assert.AreEqual((int)MentionState.Canceled, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);
        Assert.IsNull(mention.GetAttributeValue<string>(MentionTable.Description));
    }

    /// <summary>An edit reaches Dataverse as an Update of the text (PATCH with If-Match: *); the edited text is scored again
    /// in that Update's transaction, so the mention's sentiment is the edited text's.</summary>
    [TestMethod]
    public async Task An_authors_edit_is_scored_again_so_the_mentions_sentiment_is_the_edited_texts()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);

        mastodon.Mention(Notification(StatusId, "the umbrella arrived today, great service, thank you!", editedAt: null));
        var mention = await StoredMention.EventuallyAsync(rig, StatusId, _ => true, "the mention lands");
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);

        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "the umbrella broke on day one. worst purchase ever, I want a refund", editedAt: "2022-08-30T23:20:00.000Z")));
        mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<string>(MentionTable.Description)?.Contains("broke", StringComparison.Ordinal) == true, "the edit is applied");

        Assert.AreEqual((int)SentimentLabel.Negative, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.IsLessThan(0m, mention.GetAttributeValue<decimal>(MentionTable.SentimentScore));
        var conversation = ConversationOf(rig, mention);
        Assert.AreEqual(mention.GetAttributeValue<decimal>(MentionTable.SentimentScore), conversation.GetAttributeValue<decimal>(ConversationTable.LastSentiment),
            "the conversation's mood follows the edit in the same update");
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.NegativeStreak));
    }

    /// <summary>A delete reaches Dataverse as an Update that cancels the mention with its reason and erases its text; the
    /// score goes with the text (never "Not scored", which means a text that gave nothing to judge), and so does its part
    /// in the conversation's mood.</summary>
    [TestMethod]
    public async Task An_authors_delete_takes_the_posts_score_out_of_its_conversation_and_never_marks_it_Not_scored()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);
        mastodon.Mention(Notification(StatusId, "the umbrella broke on day one. worst purchase ever, I want a refund", editedAt: null));
        var mention = await StoredMention.EventuallyAsync(rig, StatusId, _ => true, "the mention lands");
        Assert.AreEqual(1, ConversationOf(rig, mention).GetAttributeValue<int>(ConversationTable.NegativeStreak));

        mastodon.Publish("user", "delete", StatusId);
        mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the mention is marked deleted by its author");

        Assert.IsNull(mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel));
        Assert.IsNull(mention.GetAttributeValue<decimal?>(MentionTable.SentimentScore));
        var conversation = ConversationOf(rig, mention);
        Assert.IsNull(conversation.GetAttributeValue<decimal?>(ConversationTable.AverageSentiment));
        Assert.IsNull(conversation.GetAttributeValue<decimal?>(ConversationTable.LastSentiment));
        Assert.AreEqual(0, conversation.GetAttributeValue<int>(ConversationTable.NegativeStreak));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.MentionCount), "the deleted post stays on the timeline, marked");
    }

    /// <summary>
    /// On reconnect the worker re-reads the statuses it took (GET /api/v1/statuses?id[]=…), whose answer leaves out a
    /// status that "does not exist or cannot be accessed given the current credentials"
    /// (https://docs.joinmastodon.org/methods/statuses/#index): after a block that is not a delete, so the mention keeps
    /// its text as "No longer visible"; the author's streamed delete (#delete of the streaming page) then erases it.
    /// </summary>
    [TestMethod]
    public async Task A_status_the_brand_can_no_longer_see_keeps_its_text_as_no_longer_visible_until_its_delete_is_streamed()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);
        mastodon.Mention(Notification(StatusId, "注文した傘がまだ届きません 😞", editedAt: null));
        await StoredMention.EventuallyAsync(rig, StatusId, _ => true, "the mention lands");

        // The author blocks the brand: the server no longer answers the status to the brand's token, as for a deleted one.
        mastodon.DeleteStatus(StatusId);
        mastodon.DropConnections();
        var mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.NoLongerVisible, "the mention is marked no longer visible");
        Assert.AreEqual((int)MentionState.Canceled, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);
        Assert.AreEqual("@trwnh 注文した傘がまだ届きません 😞", mention.GetAttributeValue<string>(MentionTable.Description), "not proven deleted: the text stays");

        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref mastodon.ConnectionsOpened) > 1), "the stream reconnects", WorkerOnLocalDataverse.Patience);
        await mastodon.ListenedToAsync("user", WorkerOnLocalDataverse.Patience);
        mastodon.Publish("user", "delete", StatusId);

        mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the streamed delete marks it deleted by its author");
        Assert.IsNull(mention.GetAttributeValue<string>(MentionTable.Description));
    }

    /// <summary>
    /// A status left out of the re-read because the brand could not see it (https://docs.joinmastodon.org/methods/statuses/#index)
    /// is looked for again; once the author lets the brand see it again the mention reopens with the status's current
    /// text, scored again on the edit path (so the conversation's mood moves once, from the old score to the new), and
    /// its later streamed edits apply.
    /// </summary>
    [TestMethod]
    public async Task A_status_the_brand_can_see_again_reopens_its_mention_with_its_current_text_and_takes_its_later_edits()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);
        mastodon.Mention(Notification(StatusId, "the umbrella arrived today, great service, thank you!", editedAt: null));
        await StoredMention.EventuallyAsync(rig, StatusId, _ => true, "the mention lands");
        mastodon.DeleteStatus(StatusId);
        mastodon.DropConnections();
        var mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.NoLongerVisible, "the mention is marked no longer visible");
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);

        // The author unblocks the brand after editing the status.
        mastodon.ShowStatusAgain(StatusId, "the umbrella broke on day one. worst purchase ever, I want a refund", "2022-08-31T08:00:00.000Z");
        mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StateCode)?.Value == (int)MentionState.Open, "the mention reopens");

        Assert.AreEqual((int)MentionStatus.Open, mention.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode).Value);
        Assert.AreEqual("@trwnh the umbrella broke on day one. worst purchase ever, I want a refund", mention.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual((int)SentimentLabel.Negative, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        var conversation = ConversationOf(rig, mention);
        Assert.AreEqual(mention.GetAttributeValue<decimal>(MentionTable.SentimentScore), conversation.GetAttributeValue<decimal>(ConversationTable.AverageSentiment),
            "the old score is out of the conversation's mood and the new one in");
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.NegativeStreak));

        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref mastodon.ConnectionsOpened) > 1), "the stream reconnects", WorkerOnLocalDataverse.Patience);
        await mastodon.ListenedToAsync("user", WorkerOnLocalDataverse.Patience);
        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "they replaced it the next day, great service, thank you!", editedAt: "2022-08-31T09:00:00.000Z")));

        mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<string>(MentionTable.Description)?.Contains("replaced", StringComparison.Ordinal) == true, "its later edit applies");
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.AreEqual((int)MentionState.Open, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);
    }

    /// <summary>
    /// Issue #13: a status.update reaches only those who can see the status
    /// (https://docs.joinmastodon.org/methods/streaming/#status.update), so the mention of a status "No longer visible"
    /// reopens with the updated text as soon as the update is streamed, with no look for hidden statuses due for a day.
    /// </summary>
    [TestMethod]
    public async Task A_streamed_update_of_a_status_no_longer_visible_reopens_its_mention_at_once_with_the_updated_text()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon, recheckDelay: "1.00:00:00");
        mastodon.Mention(Notification(StatusId, "the umbrella arrived today, great service, thank you!", editedAt: null));
        await StoredMention.EventuallyAsync(rig, StatusId, _ => true, "the mention lands");
        mastodon.DeleteStatus(StatusId);
        mastodon.DropConnections();
        await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.NoLongerVisible, "the mention is marked no longer visible");
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref mastodon.ConnectionsOpened) > 1), "the stream reconnects", WorkerOnLocalDataverse.Patience);
        await mastodon.ListenedToAsync("user", WorkerOnLocalDataverse.Patience);

        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "傘が壊れていました 😞 the umbrella broke on day one, I want a refund",
            editedAt: "2022-08-31T08:00:00.000Z")));

        var mention = await StoredMention.EventuallyAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StateCode)?.Value == (int)MentionState.Open, "the update reopens the mention");
        Assert.AreEqual((int)MentionStatus.Open, mention.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode).Value);
        Assert.AreEqual("@trwnh 傘が壊れていました 😞 the umbrella broke on day one, I want a refund", mention.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual((int)SentimentLabel.Negative, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.AreEqual(1, ConversationOf(rig, mention).GetAttributeValue<int>(ConversationTable.NegativeStreak));
    }

    [TestMethod]
    public async Task A_direct_conversation_lands_as_a_private_message()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);
        await mastodon.ListenedToAsync("direct", WorkerOnLocalDataverse.Patience);

        mastodon.Publish("direct", "conversation", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "mastodon-conversation.json")));

        var message = await StoredMention.EventuallyAsync(rig, "109346889330629417", _ => true, "the direct message lands");
        Assert.AreEqual((int)MessageType.PrivateMessage, message.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
        Assert.AreEqual("test @trwnh", message.GetAttributeValue<string>(MentionTable.Description));
    }

    /// <param name="recheckDelay">The first wait before a status no longer visible is looked for again.</param>
    private static async Task<WorkerOnLocalDataverse> StartAsync(MastodonStreamingServer mastodon, string recheckDelay = "00:00:00.100")
    {
        var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Streams:Mastodon:InstanceUrl"] = mastodon.Url.ToString(),
            ["Streams:Mastodon:AccessToken"] = mastodon.AcceptedToken,
            ["Streams:Mastodon:ReconnectDelay"] = "00:00:00.100",
            ["Streams:Mastodon:VisibilityRecheckDelay"] = recheckDelay,
            ["Streams:Mastodon:MaxVisibilityRecheckDelay"] = "00:00:00.200",
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        await rig.StartWorkerAsync();
        await mastodon.ListenedToAsync("user", WorkerOnLocalDataverse.Patience);
        return rig;
    }

    private static Entity ConversationOf(WorkerOnLocalDataverse rig, Entity mention) =>
        rig.Crm.Service.Retrieve(ConversationTable.LogicalName, mention.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, new ColumnSet(true));

    private static string Notification(string statusId, string text, string? editedAt) =>
        MastodonStreamingServer.MentionNotification("68739215", statusId, text, editedAt: editedAt);

    private static string Status(string notification) => MastodonStreamingServer.StatusOf(notification);
}
