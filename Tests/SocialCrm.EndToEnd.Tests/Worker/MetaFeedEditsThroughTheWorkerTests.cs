using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Issue #13: a person's edit of a Page comment, as the Page feed field sends it (verb "edited", the comment's own
/// created_time, the entry's time of the change: https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed),
/// through the worker into Dataverse by the edit path every network's edits take.
/// </summary>
[TestClass]
public sealed class MetaFeedEditsThroughTheWorkerTests
{
    private static readonly long CreatedTime = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();

    [TestMethod]
    public async Task An_edited_comment_takes_its_new_text_and_score_and_its_conversation_counts_it_once()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        await MetaDelivery.SendAsync(rig, Change("add", "5000_7001", "Thank you, the parcel arrived today, great service!", CreatedTime));
        var mention = await StoredMention.EventuallyAsync(rig, "5000_7001", _ => true, "the comment lands");
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);

        const string edited = "返金してください 😡 The parcel arrived broken, worst service ever, I want a refund.";
        await MetaDelivery.SendAsync(rig, Change("edited", "5000_7001", edited, CreatedTime + 60));
        await MetaDelivery.SendAsync(rig, Change("edited", "5000_7001", edited, CreatedTime + 60));
        mention = await StoredMention.EventuallyAsync(rig, "5000_7001",
            m => m.GetAttributeValue<string>(MentionTable.Description) == edited, "the edit is applied to the one mention of the comment");

        Assert.AreEqual((int)SentimentLabel.Negative, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        var score = mention.GetAttributeValue<decimal>(MentionTable.SentimentScore);
        Assert.IsLessThan(0m, score);
        var conversation = ConversationOf(rig, mention);
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.MentionCount), "an edit is no second mention");
        Assert.AreEqual(score, conversation.GetAttributeValue<decimal>(ConversationTable.LastSentiment));
        Assert.AreEqual(score, conversation.GetAttributeValue<decimal>(ConversationTable.AverageSentiment), "the old score is replaced, not averaged in");
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.NegativeStreak), "the edit delivered twice counts once");
    }

    /// <summary>The edit of a deleted comment and of a live one come in one delivery: once the live one's is applied,
    /// the pass that dropped the other is over, so the deleted comment is seen as it stays.</summary>
    [TestMethod]
    public async Task An_edit_of_a_comment_its_author_deleted_never_brings_it_back()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        await MetaDelivery.SendAsync(rig, Change("add", "5000_7001", "Where is my parcel?", CreatedTime));
        await MetaDelivery.SendAsync(rig, Change("add", "5000_7004", "Mine too.", CreatedTime));
        await StoredMention.EventuallyAsync(rig, "5000_7004", _ => true, "the comments land");
        await MetaDelivery.SendAsync(rig, Change("remove", "5000_7001", null, CreatedTime + 30));
        await StoredMention.EventuallyAsync(rig, "5000_7001",
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the author's delete is applied");

        await MetaDelivery.SendAsync(rig, Deliver(CreatedTime + 60, ChangeOf("edited", "5000_7001", "Found it, sorry!"), ChangeOf("edited", "5000_7004", "Mine came today 🙏")));
        await StoredMention.EventuallyAsync(rig, "5000_7004",
            m => m.GetAttributeValue<string>(MentionTable.Description) == "Mine came today 🙏", "the live comment's edit is applied");

        var deleted = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "5000_7001");
        Assert.AreEqual((int)MentionStatus.DeletedByAuthor, deleted.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode).Value);
        Assert.IsNull(deleted.GetAttributeValue<string>(MentionTable.Description));
    }

    /// <summary>Meta does not promise order: an edit whose comment is still on its way waits for it, creates nothing, and
    /// the comment then takes it.</summary>
    [TestMethod]
    public async Task An_edit_delivered_before_its_comment_creates_nothing_and_the_comment_then_takes_it()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            // The waiting edit looks again every second at most, however long its comment takes to come.
            ["Removals:RetryDelay"] = "00:00:00.200",
            ["Removals:MaxRetryDelay"] = "00:00:01",
        });
        await rig.StartWorkerAsync();

        await MetaDelivery.SendAsync(rig, Change("edited", "5000_7001", "Не пришло 📦 (дополнено)", CreatedTime + 60));
        await MetaDelivery.SendAsync(rig, Change("add", "5000_7004", "Mine too.", CreatedTime));
        await StoredMention.EventuallyAsync(rig, "5000_7004", _ => true, "a later comment lands");
        Assert.IsEmpty(rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.ExternalPostId, ConditionOperator.Equal, "5000_7001")),
            "an edit alone makes no mention");
        await MetaDelivery.SendAsync(rig, Change("add", "5000_7001", "Не пришло 📦", CreatedTime));

        await StoredMention.EventuallyAsync(rig, "5000_7001",
            m => m.GetAttributeValue<string>(MentionTable.Description) == "Не пришло 📦 (дополнено)", "the comment takes the edit that came first");
    }

    private static string Change(string verb, string commentId, string? message, long time) => Deliver(time, ChangeOf(verb, commentId, message));

    /// <summary>A delivery of one entry of the Page, whose time is when Meta saw its changes.</summary>
    private static string Deliver(long time, params string[] changes) =>
        $$"""{"object":"page","entry":[{"id":"900","time":{{time}},"changes":[{{string.Join(",", changes)}}]}]}""";

    /// <summary>One feed change of a comment on post 900_5000 by person 3101, with the comment's own created_time.</summary>
    private static string ChangeOf(string verb, string commentId, string? message) => $$$"""
        {"field":"feed","value":{"item":"comment","verb":"{{{verb}}}","post_id":"900_5000","comment_id":"{{{commentId}}}","parent_id":"900_5000",
         "from":{"id":"3101","name":"Grace Hopper"},{{{(message == null ? "" : "\"message\":" + JsonSerializer.Serialize(message) + ",")}}}"created_time":{{{CreatedTime}}}}}
        """;

    private static Entity ConversationOf(WorkerOnLocalDataverse rig, Entity mention) =>
        rig.Crm.Service.Retrieve(ConversationTable.LogicalName, mention.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, new ColumnSet(true));
}
