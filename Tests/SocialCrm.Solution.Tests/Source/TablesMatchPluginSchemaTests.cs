using System;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>The tables and columns the plug-ins name (Plugins/Schema) are exactly the ones the solution creates.</summary>
[TestClass]
public sealed class TablesMatchPluginSchemaTests
{
    // Schema fields that name the table rather than a column.
    private static readonly string[] TableFields = { "LogicalName", "EntitySetName", "AlternateKey" };

    private static SolutionMetadata Solution => SolutionMetadata.Packed;

    [TestMethod]
    [DataRow(typeof(SocialProfileTable), DisplayName = "scrm_socialprofile")]
    [DataRow(typeof(ConversationTable), DisplayName = "scrm_conversation")]
    [DataRow(typeof(MentionTable), DisplayName = "scrm_mention")]
    [DataRow(typeof(EscalationRuleTable), DisplayName = "scrm_escalationrule")]
    public void The_table_exists_with_the_entity_set_name_the_Web_API_uses(Type schema)
    {
        var constants = SolutionMetadata.Constants(schema);

        var entity = Solution.Entity(constants["LogicalName"]);

        Assert.AreEqual(constants["EntitySetName"], entity.Descendants("EntitySetName").Single().Value);
    }

    [TestMethod]
    [DataRow(typeof(SocialProfileTable), DisplayName = "scrm_socialprofile")]
    [DataRow(typeof(ConversationTable), DisplayName = "scrm_conversation")]
    [DataRow(typeof(MentionTable), DisplayName = "scrm_mention")]
    [DataRow(typeof(EscalationRuleTable), DisplayName = "scrm_escalationrule")]
    public void The_solution_declares_every_column_of_the_schema_and_no_other(Type schema)
    {
        var constants = SolutionMetadata.Constants(schema);
        var schemaColumns = constants.Where(c => !TableFields.Contains(c.Key)).Select(c => c.Value).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();

        var declared = Solution.Columns(constants["LogicalName"]).Keys.OrderBy(c => c, StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(schemaColumns, declared);
    }

    [TestMethod]
    public void Every_schema_column_has_the_type_the_plugins_work_with()
    {
        var wrong = ColumnTypes.All
            .Select(c => (c.Table, c.Column, Expected: c.Type, Actual: Solution.Column(c.Table, c.Column).Element("Type")!.Value))
            .Where(c => c.Expected != c.Actual)
            .Select(c => $"{c.Table}.{c.Column}: expected {c.Expected}, declared {c.Actual}")
            .ToList();

        Assert.AreEqual(ColumnTypes.All.Count, ColumnTypes.All.Distinct().Count());
        Assert.AreEqual(0, wrong.Count, string.Join("\n", wrong));
    }

    [TestMethod]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.PrimaryName, SocialProfileTable.NameLength, DisplayName = "profile name")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, SocialProfileTable.ExternalUserIdLength, DisplayName = "profile external user id")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.Handle, SocialProfileTable.HandleLength, DisplayName = "profile handle")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.DisplayName, SocialProfileTable.DisplayNameLength, DisplayName = "profile display name")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.Email, SocialProfileTable.EmailLength, DisplayName = "profile email")]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.ProfileUrl, SocialProfileTable.ProfileUrlLength, DisplayName = "profile URL")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.PrimaryName, ConversationTable.NameLength, DisplayName = "conversation name")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.ExternalThreadId, ConversationTable.ExternalThreadIdLength, DisplayName = "conversation external thread id")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.EscalationReason, ConversationTable.EscalationReasonLength, DisplayName = "conversation escalation reason")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.PrimaryName, EscalationRuleTable.NameLength, DisplayName = "rule name")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.Platforms, EscalationRuleTable.PlatformsLength, DisplayName = "rule platforms")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.MessageTypes, EscalationRuleTable.MessageTypesLength, DisplayName = "rule message types")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.Keywords, EscalationRuleTable.KeywordsLength, DisplayName = "rule keywords")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.CaseTitle, EscalationRuleTable.CaseTitleLength, DisplayName = "rule case title")]
    [DataRow(MentionTable.LogicalName, MentionTable.Subject, MentionTable.SubjectLength, DisplayName = "mention subject")]
    [DataRow(MentionTable.LogicalName, MentionTable.Description, MentionTable.DescriptionLength, DisplayName = "mention text (memo)")]
    [DataRow(MentionTable.LogicalName, MentionTable.ExternalPostId, MentionTable.ExternalIdLength, DisplayName = "mention external post id")]
    [DataRow(MentionTable.LogicalName, MentionTable.ThreadId, MentionTable.ExternalIdLength, DisplayName = "mention thread id")]
    [DataRow(MentionTable.LogicalName, MentionTable.InReplyToId, MentionTable.ExternalIdLength, DisplayName = "mention in-reply-to id")]
    [DataRow(MentionTable.LogicalName, MentionTable.AuthorExternalId, MentionTable.ExternalIdLength, DisplayName = "mention author external id")]
    [DataRow(MentionTable.LogicalName, MentionTable.AuthorHandle, MentionTable.AuthorHandleLength, DisplayName = "mention author handle")]
    [DataRow(MentionTable.LogicalName, MentionTable.AuthorDisplayName, MentionTable.AuthorDisplayNameLength, DisplayName = "mention author display name")]
    [DataRow(MentionTable.LogicalName, MentionTable.AuthorEmail, MentionTable.AuthorEmailLength, DisplayName = "mention author email")]
    [DataRow(MentionTable.LogicalName, MentionTable.PostUrl, MentionTable.PostUrlLength, DisplayName = "mention post URL")]
    [DataRow(MentionTable.LogicalName, MentionTable.Language, MentionTable.LanguageLength, DisplayName = "mention language")]
    [DataRow(MentionTable.LogicalName, MentionTable.SendError, MentionTable.SendErrorLength, DisplayName = "mention send error (memo)")]
    public void Text_columns_have_the_schema_max_length(string table, string column, int length)
    {
        Assert.AreEqual(length.ToString(CultureInfo.InvariantCulture), Solution.Column(table, column).Element("MaxLength")!.Value);
    }

    [TestMethod]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.AverageSentiment, DisplayName = "profile average sentiment")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.AverageSentiment, DisplayName = "conversation average sentiment")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.LastSentiment, DisplayName = "conversation last sentiment")]
    [DataRow(MentionTable.LogicalName, MentionTable.SentimentScore, DisplayName = "mention sentiment score")]
    public void Sentiment_columns_hold_minus_one_to_one_with_four_decimals(string table, string column)
    {
        var attribute = Solution.Column(table, column);

        Assert.AreEqual(("decimal", "-1", "1", "4"),
            (attribute.Element("Type")!.Value, attribute.Element("MinValue")!.Value, attribute.Element("MaxValue")!.Value, attribute.Element("Accuracy")!.Value));
    }

    [TestMethod]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.AlternateKey, SocialProfileTable.Platform, SocialProfileTable.ExternalUserId, DisplayName = "profile: platform + external user id")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.AlternateKey, ConversationTable.Platform, ConversationTable.ExternalThreadId, DisplayName = "conversation: platform + external thread id")]
    [DataRow(MentionTable.LogicalName, MentionTable.AlternateKey, MentionTable.Platform, MentionTable.ExternalPostId, DisplayName = "mention: platform + external post id")]
    public void The_alternate_key_is_the_platform_and_the_networks_id(string table, string key, string platform, string externalId)
    {
        var entityKey = Solution.Entity(table).Descendants("EntityKey").Single();

        Assert.AreEqual(key, entityKey.Element("LogicalName")!.Value);
        CollectionAssert.AreEqual(new[] { platform, externalId }, entityKey.Descendants("AttributeName").Select(a => a.Value).ToList());
    }

    [TestMethod]
    [DataRow(SocialProfileTable.LogicalName, SocialProfileTable.Contact, StandardTables.Contact.LogicalName, DisplayName = "profile -> contact")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.Contact, StandardTables.Contact.LogicalName, DisplayName = "conversation -> contact")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.OriginatingProfile, SocialProfileTable.LogicalName, DisplayName = "conversation -> originating profile")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.Case, StandardTables.Incident.LogicalName, DisplayName = "conversation -> case")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.PreviousConversation, ConversationTable.LogicalName, DisplayName = "conversation -> previous conversation")]
    [DataRow(MentionTable.LogicalName, MentionTable.AuthorProfile, SocialProfileTable.LogicalName, DisplayName = "mention -> author profile")]
    [DataRow(MentionTable.LogicalName, MentionTable.Conversation, ConversationTable.LogicalName, DisplayName = "mention regarding conversation")]
    [DataRow(ConversationTable.LogicalName, ConversationTable.EscalationRule, EscalationRuleTable.LogicalName, DisplayName = "conversation -> escalation rule")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.Queue, StandardTables.Queue.LogicalName, DisplayName = "rule -> queue")]
    [DataRow(EscalationRuleTable.LogicalName, EscalationRuleTable.OwnerTeam, StandardTables.Team.LogicalName, DisplayName = "rule -> owner team")]
    public void Every_lookup_has_a_relationship_to_the_table_it_points_at(string table, string column, string target)
    {
        var relationship = Solution.RelationshipOf(table, column);

        Assert.AreEqual(target, relationship.Element("ReferencedEntityName")!.Value.ToLowerInvariant());
    }

    [TestMethod]
    public void Mentions_are_an_activity_table_and_conversations_can_be_their_regarding_object()
    {
        var mention = Solution.Entity(MentionTable.LogicalName).Element("EntityInfo")!.Element("entity")!;
        var conversation = Solution.Entity(ConversationTable.LogicalName).Element("EntityInfo")!.Element("entity")!;

        Assert.AreEqual("1", mention.Element("IsActivity")!.Value);
        Assert.AreEqual("UserOwned", mention.Element("OwnershipTypeMask")!.Value);
        Assert.AreEqual("0", mention.Element("IsMailMergeEnabled")!.Value, "a custom activity cannot have mail merge enabled");
        Assert.AreEqual("True", conversation.Element("HasRelatedActivities")!.Value);
        Assert.AreEqual("Cascade", Solution.RelationshipOf(MentionTable.LogicalName, MentionTable.Conversation).Element("CascadeDelete")!.Value);
    }
}
