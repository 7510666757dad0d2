using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>Every choice column offers exactly the values of its enum in Plugins/Schema, labelled with the enum's names.</summary>
[TestClass]
public sealed class ChoicesMatchPluginSchemaTests
{
    private static SolutionMetadata Solution => SolutionMetadata.Packed;

    [TestMethod]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.Platform, typeof(SocialPlatform), DisplayName = "profile platform")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.LinkMethod, typeof(LinkMethod), DisplayName = "profile link method")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.AccountStatus, typeof(AccountStatus), DisplayName = "profile account status")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.Platform, typeof(SocialPlatform), DisplayName = "conversation platform")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.Priority, typeof(ConversationPriority), DisplayName = "conversation priority")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.SentimentTrend, typeof(SentimentTrend), DisplayName = "conversation sentiment trend")]
    [DataRow(MentionTable.LogicalName, MentionTable.Platform, typeof(SocialPlatform), DisplayName = "mention platform")]
    [DataRow(MentionTable.LogicalName, MentionTable.Direction, typeof(MentionDirection), DisplayName = "mention direction")]
    [DataRow(MentionTable.LogicalName, MentionTable.MessageType, typeof(MessageType), DisplayName = "mention message type")]
    [DataRow(MentionTable.LogicalName, MentionTable.SentimentLabel, typeof(SentimentLabel), DisplayName = "mention sentiment label")]
    [DataRow(MentionTable.LogicalName, MentionTable.SendStatus, typeof(SendStatus), DisplayName = "mention send status")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.Action, typeof(EscalationAction), DisplayName = "rule action")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.Priority, typeof(ConversationPriority), DisplayName = "rule priority")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.CaseType, typeof(CaseType), DisplayName = "rule case type")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.NoContact, typeof(NoContactAction), DisplayName = "rule action for no contact")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.EscalationOutcome, typeof(EscalationOutcome), DisplayName = "conversation escalation outcome")]
    public void The_choice_offers_the_enum_values_with_the_enum_names_as_labels(string table, string column, Type choice)
    {
        var optionSet = Solution.GlobalOptionSet(Solution.Column(table, column).Element("OptionSetName")!.Value);

        var options = optionSet.Descendants("option").Select(o => (Value: int.Parse(o.Attribute("value")!.Value, CultureInfo.InvariantCulture), Label: Label(o))).ToList();

        CollectionAssert.AreEqual(Enum.GetValues(choice).Cast<int>().ToList(), options.Select(o => o.Value).ToList());
        foreach (var option in options)
        {
            // "Awaiting reply" for AwaitingReply: the label is the enum name in words.
            Assert.AreEqual(Enum.GetName(choice, option.Value)!.ToLowerInvariant(), option.Label.Replace(" ", "").ToLowerInvariant());
        }
    }

    [TestMethod]
    public void Conversation_states_are_open_and_closed()
    {
        var states = Solution.Column(ConversationTable.LogicalName, ConversationTable.StateCode).Descendants("state").ToList();

        CollectionAssert.AreEqual(Enum.GetValues<ConversationState>().Select(s => (int)s).ToList(), states.Select(s => int.Parse(s.Attribute("value")!.Value, CultureInfo.InvariantCulture)).ToList());
        CollectionAssert.AreEqual(new[] { "Open", "Closed" }, states.Select(Label).ToList());
    }

    [TestMethod]
    [DataRow(ConversationStatus.New, ConversationState.Open, DisplayName = "New is open")]
    [DataRow(ConversationStatus.AwaitingReply, ConversationState.Open, DisplayName = "Awaiting reply is open")]
    [DataRow(ConversationStatus.AwaitingCustomer, ConversationState.Open, DisplayName = "Awaiting customer is open")]
    [DataRow(ConversationStatus.Resolved, ConversationState.Closed, DisplayName = "Resolved is closed")]
    [DataRow(ConversationStatus.Ignored, ConversationState.Closed, DisplayName = "Ignored is closed")]
    public void Each_conversation_status_reason_belongs_to_its_state(ConversationStatus status, ConversationState state)
    {
        var statuses = Solution.Column(ConversationTable.LogicalName, ConversationTable.StatusCode).Descendants("status").ToList();

        var reason = statuses.Single(s => s.Attribute("value")!.Value == ((int)status).ToString(CultureInfo.InvariantCulture));

        Assert.AreEqual(Enum.GetValues<ConversationStatus>().Length, statuses.Count);
        Assert.AreEqual(((int)state).ToString(CultureInfo.InvariantCulture), reason.Attribute("state")!.Value);
        Assert.AreEqual(status.ToString().ToLowerInvariant(), Label(reason).Replace(" ", "").ToLowerInvariant());
    }

    [TestMethod]
    [DataRow(MentionStatus.Open, MentionState.Open, DisplayName = "Open is open")]
    [DataRow(MentionStatus.Completed, MentionState.Completed, DisplayName = "Completed is completed")]
    [DataRow(MentionStatus.Canceled, MentionState.Canceled, DisplayName = "Canceled is canceled")]
    [DataRow(MentionStatus.Scheduled, MentionState.Scheduled, DisplayName = "Scheduled is scheduled")]
    [DataRow(MentionStatus.DeletedByAuthor, MentionState.Canceled, DisplayName = "Deleted by author is canceled")]
    [DataRow(MentionStatus.HiddenByPage, MentionState.Canceled, DisplayName = "Hidden by page is canceled")]
    [DataRow(MentionStatus.Unpublished, MentionState.Canceled, DisplayName = "Unpublished is canceled")]
    [DataRow(MentionStatus.NoLongerVisible, MentionState.Canceled, DisplayName = "No longer visible is canceled")]
    public void Each_mention_status_reason_belongs_to_its_state(MentionStatus status, MentionState state)
    {
        var statuses = Solution.Column(MentionTable.LogicalName, MentionTable.StatusCode).Descendants("status").ToList();

        var reason = statuses.Single(s => s.Attribute("value")!.Value == ((int)status).ToString(CultureInfo.InvariantCulture));

        Assert.AreEqual(Enum.GetValues<MentionStatus>().Length, statuses.Count);
        Assert.AreEqual(((int)state).ToString(CultureInfo.InvariantCulture), reason.Attribute("state")!.Value);
        Assert.AreEqual(status.ToString().ToLowerInvariant(), Label(reason).Replace(" ", "").ToLowerInvariant());
    }

    private static string Label(XElement option) => option.Element("labels")!.Element("label")!.Attribute("description")!.Value;
}
