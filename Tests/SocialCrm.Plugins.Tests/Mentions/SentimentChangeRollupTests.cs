using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Conversation = SocialCrm.Plugins.Schema.ConversationTable;
using Profile = SocialCrm.Plugins.Schema.SocialProfileTable;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>
/// A stored mention's score changes after intake (its author edits it, or deletes it and its text is erased), and its
/// conversation's and author's figures follow in the same update: a user never sees a conversation still "negative"
/// because of words that are no longer there. Updates are sent as the worker sends them (an Update of the text; a
/// removal that cancels the mention with a status reason and erases the text when its author deleted it).
/// </summary>
[TestClass]
public sealed class SentimentChangeRollupTests
{
    private const string Furious = "This is the worst service ever. Absolutely terrible!";
    private const string Unimpressed = "Not impressed with the update.";
    private const string Delighted = "Love it! Great service, thank you so much!";

    [TestMethod]
    public void A_complaint_edited_into_praise_no_longer_leaves_its_conversation_or_its_author_negative()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("1").Saying(Furious));
        Assert.AreEqual(1, crm.ConversationOf("1").GetAttributeValue<int>(Conversation.NegativeStreak));

        Edit(crm, "1", Delighted);

        var score = Score(crm.Mention("1"));
        var conversation = crm.ConversationOf("1");
        Assert.IsGreaterThan(0m, score);
        Assert.AreEqual(score, conversation.GetAttributeValue<decimal>(Conversation.AverageSentiment));
        Assert.AreEqual(score, conversation.GetAttributeValue<decimal>(Conversation.LastSentiment));
        Assert.AreEqual(0, conversation.GetAttributeValue<int>(Conversation.NegativeStreak));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(Conversation.InboundMentionCount));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(Conversation.MentionCount));
        var profile = crm.Profile("u1");
        Assert.AreEqual(score, profile.GetAttributeValue<decimal>(Profile.AverageSentiment));
        Assert.AreEqual(1, profile.GetAttributeValue<int>(Profile.ScoredMentionCount));
    }

    [TestMethod]
    public void Editing_an_earlier_mention_moves_the_averages_by_its_change_and_leaves_the_latest_mentions_mood()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple,
            Post("1").InThread("t").Saying(Furious).At(SocialCrmFixture.Now.AddHours(-2)),
            Post("2").InThread("t").Saying(Unimpressed).At(SocialCrmFixture.Now.AddHours(-1)));
        Assert.AreEqual(2, crm.ConversationOf("2").GetAttributeValue<int>(Conversation.NegativeStreak));

        Edit(crm, "1", Delighted);

        var edited = Score(crm.Mention("1"));
        var latest = Score(crm.Mention("2"));
        var conversation = crm.ConversationOf("2");
        Assert.AreEqual(Math.Round((edited + latest) / 2, 4, MidpointRounding.AwayFromZero), conversation.GetAttributeValue<decimal>(Conversation.AverageSentiment));
        Assert.AreEqual(latest, conversation.GetAttributeValue<decimal>(Conversation.LastSentiment));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(Conversation.NegativeStreak), "the edited mention no longer extends the streak");
        Assert.AreEqual((int)SentimentTrend.Worsening, conversation.GetAttributeValue<OptionSetValue>(Conversation.SentimentTrend).Value,
            "the latest complaint is now below the praise before it");
        var profile = crm.Profile("u1");
        Assert.AreEqual((double)((edited + latest) / 2), (double)profile.GetAttributeValue<decimal>(Profile.AverageSentiment), 0.0002,
            "the old score taken out of the stored mean and the new one put in");
        Assert.AreEqual(2, profile.GetAttributeValue<int>(Profile.ScoredMentionCount));
        Assert.AreEqual(2, profile.GetAttributeValue<int>(Profile.MentionCount));
    }

    [TestMethod]
    public void The_same_edit_delivered_again_changes_no_figure_and_writes_nothing()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("1").Saying(Furious), Post("2").Saying(Unimpressed).At(SocialCrmFixture.Now.AddMinutes(-30)));
        Edit(crm, "1", Delighted);
        var conversation = crm.ConversationOf("1");
        var profile = crm.Profile("u1");
        crm.Calls.Clear();

        Edit(crm, "1", Delighted);

        AssertNoFigureWritten(crm);
        AssertSameFigures(conversation, crm.ConversationOf("1"));
        AssertSameFigures(profile, crm.Profile("u1"));
    }

    [TestMethod]
    public void Redelivering_an_edited_post_keeps_its_edit_and_changes_no_figure()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("1").Saying(Furious));
        Edit(crm, "1", Delighted);
        var conversation = crm.ConversationOf("1");
        var profile = crm.Profile("u1");
        crm.Calls.Clear();

        crm.Send(WriteMessage.UpsertMultiple, Post("1").Saying(Furious));

        Assert.AreEqual(Delighted, crm.Mention("1").GetAttributeValue<string>(MentionTable.Description));
        AssertNoFigureWritten(crm);
        AssertSameFigures(conversation, crm.ConversationOf("1"));
        AssertSameFigures(profile, crm.Profile("u1"));
    }

    [TestMethod]
    public void A_mention_its_author_deleted_loses_its_score_with_its_text_and_leaves_the_figures_never_Not_scored()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple,
            Post("1").InThread("t").Saying(Delighted).At(SocialCrmFixture.Now.AddHours(-2)),
            Post("2").InThread("t").Saying(Furious).At(SocialCrmFixture.Now.AddHours(-1)));
        var kept = Score(crm.Mention("1"));

        Remove(crm, "2", MentionStatus.DeletedByAuthor, erasesText: true);

        var deleted = crm.Mention("2");
        Assert.AreEqual((int)MentionStatus.DeletedByAuthor, deleted.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode).Value, "the status reason says why the text is gone");
        Assert.IsNull(deleted.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel), "not 'Not scored': there is no text left to judge");
        Assert.IsFalse(deleted.Contains(MentionTable.SentimentScore) && deleted[MentionTable.SentimentScore] != null);
        var conversation = crm.ConversationOf("1");
        Assert.AreEqual(kept, conversation.GetAttributeValue<decimal>(Conversation.AverageSentiment));
        Assert.AreEqual(kept, conversation.GetAttributeValue<decimal>(Conversation.LastSentiment), "the latest words still there are the praise");
        Assert.AreEqual(0, conversation.GetAttributeValue<int>(Conversation.NegativeStreak));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(Conversation.InboundMentionCount));
        Assert.AreEqual(2, conversation.GetAttributeValue<int>(Conversation.MentionCount), "the deleted post stays on the timeline, marked");
        var profile = crm.Profile("u1");
        Assert.AreEqual(kept, profile.GetAttributeValue<decimal>(Profile.AverageSentiment));
        Assert.AreEqual(1, profile.GetAttributeValue<int>(Profile.ScoredMentionCount));
    }

    [TestMethod]
    public void A_mention_the_page_hid_keeps_its_text_its_score_and_its_place_in_the_figures()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("1").Saying(Furious));
        var before = crm.Mention("1");
        var conversation = crm.ConversationOf("1");

        Remove(crm, "1", MentionStatus.HiddenByPage, erasesText: false);

        var hidden = crm.Mention("1");
        Assert.AreEqual(Furious, hidden.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual(Score(before), Score(hidden));
        AssertSameFigures(conversation, crm.ConversationOf("1"));
    }

    [TestMethod]
    public void An_edit_that_turns_praise_into_a_complaint_escalates_as_intake_would()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.CreateContact("Lee", "ann@example.com", "Ann");
        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "ann").Email("ann@example.com").Followers(10_000_000, verified: true).Saying(Delighted));
        Assert.IsEmpty(crm.Cases());

        Edit(crm, "1", Unimpressed);

        var @case = crm.Cases().Single();
        var conversation = crm.ConversationOf("1");
        Assert.AreEqual("Negative X conversation with @ann: Not impressed with the update.", @case.GetAttributeValue<string>(StandardTables.Incident.Title));
        Assert.AreEqual(@case.Id, conversation.GetAttributeValue<EntityReference>(Conversation.Case).Id);
        StringAssert.StartsWith(conversation.GetAttributeValue<string>(Conversation.EscalationReason), "Rule \"Negative mention from an influential author\"");
    }

    /// <summary>The author's edit, as the worker applies it: the new text and the subject intake would give it.</summary>
    private static void Edit(SocialCrmDataverse crm, string postId, string text) =>
        crm.Service.Update(new Entity(MentionTable.LogicalName, crm.Mention(postId).Id)
        {
            [MentionTable.Description] = text,
            [MentionTable.Subject] = MentionSubject.FromText(text),
        });

    /// <summary>A removal, as the worker applies it: canceled with the reason, the text erased when the author deleted it.</summary>
    private static void Remove(SocialCrmDataverse crm, string postId, MentionStatus status, bool erasesText)
    {
        var removal = new Entity(MentionTable.LogicalName, crm.Mention(postId).Id)
        {
            [MentionTable.StateCode] = new OptionSetValue((int)MentionState.Canceled),
            [MentionTable.StatusCode] = new OptionSetValue((int)status),
        };
        if (erasesText)
        {
            removal[MentionTable.Subject] = "Deleted by author";
            removal[MentionTable.Description] = null;
            removal[MentionTable.PostUrl] = null;
        }

        crm.Service.Update(removal);
    }

    private static decimal Score(Entity mention) => mention.GetAttributeValue<decimal>(MentionTable.SentimentScore);

    private static void AssertNoFigureWritten(SocialCrmDataverse crm) =>
        Assert.IsFalse(crm.Calls.Calls.Any(call => call.FromPlugin && call.MessageName == "Update"
                && (call.PrimaryEntity == Conversation.LogicalName || call.PrimaryEntity == Profile.LogicalName)),
            string.Join(", ", crm.Calls.Calls.Where(call => call.FromPlugin).Select(call => call.MessageName + " " + call.PrimaryEntity)));

    private static void AssertSameFigures(Entity before, Entity after)
    {
        foreach (var column in new[] { "scrm_averagesentiment", "scrm_lastsentiment", "scrm_negativestreak", "scrm_sentimenttrend", "scrm_inboundmentioncount", "scrm_scoredmentioncount", "scrm_mentioncount" })
        {
            Assert.AreEqual(Value(before, column), Value(after, column), column);
        }
    }

    private static object? Value(Entity row, string column) =>
        row.Attributes.TryGetValue(column, out var value) ? value is OptionSetValue option ? option.Value : value : null;
}
