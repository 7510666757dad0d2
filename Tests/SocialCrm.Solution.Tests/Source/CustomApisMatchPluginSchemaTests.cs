using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Identity;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>The six Custom APIs of Plugins/Schema/CustomApis.cs, with their parameters, types and plug-in types.</summary>
[TestClass]
public sealed class CustomApisMatchPluginSchemaTests
{
    // Custom API parameter types (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).
    private const string Boolean = "0";
    private const string DateTime = "1";
    private const string Decimal = "2";
    private const string EntityReference = "5";
    private const string Integer = "7";
    private const string String = "10";

    private static PackedZip Zip => PackedSolution.Current.Unmanaged;

    [TestMethod]
    public void Every_Custom_API_of_the_schema_has_exactly_its_parameters_and_properties()
    {
        foreach (var api in typeof(CustomApis).GetNestedTypes(BindingFlags.Public))
        {
            var constants = SolutionMetadata.Constants(api);
            var name = constants["Name"];
            var declared = Zip.Entries
                .Where(e => e.StartsWith($"customapis/{name}/customapi", StringComparison.Ordinal) && e.Split('/').Length == 5)
                .Select(e => e.Split('/')[3])
                .OrderBy(p => p, StringComparer.Ordinal);

            Assert.IsTrue(Zip.Entries.Contains($"customapis/{name}/customapi.xml"), name);
            CollectionAssert.AreEqual(constants.Where(c => c.Key != "Name").Select(c => c.Value).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList(), declared.ToList(), name);
        }

        Assert.AreEqual(8, Zip.Entries.Count(e => e.EndsWith("/customapi.xml", StringComparison.Ordinal)));
    }

    [TestMethod]
    [DataRow(CustomApis.ScoreSentiment.Name, "ScoreSentimentApi", DisplayName = "ScoreSentiment")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, "ResolveSocialIdentityApi", DisplayName = "ResolveSocialIdentity")]
    [DataRow(CustomApis.LinkProfileToContact.Name, "LinkProfileToContactApi", DisplayName = "LinkProfileToContact")]
    [DataRow(CustomApis.EscalateConversation.Name, "EscalateConversationApi", DisplayName = "EscalateConversation")]
    [DataRow(CustomApis.GetConversationSummary.Name, "GetConversationSummaryApi", DisplayName = "GetConversationSummary")]
    [DataRow(CustomApis.TestEscalationRules.Name, "TestEscalationRulesApi", DisplayName = "TestEscalationRules")]
    [DataRow(CustomApis.EscalateWaitingConversations.Name, "EscalateWaitingConversationsApi", DisplayName = "EscalateWaitingConversations")]
    [DataRow(CustomApis.ReplyToConversation.Name, "ReplyToConversationApi", DisplayName = "ReplyToConversation")]
    public void The_Custom_API_runs_its_plug_in_type(string api, string pluginType)
    {
        var definition = Zip.Xml($"customapis/{api}/customapi.xml").Root!;

        var id = Guid.Parse(definition.Element("plugintypeid")!.Element("plugintypeid")!.Value);

        Assert.AreEqual(PluginTypeIds.For("SocialCrm.Plugins.CustomApis." + pluginType), id);
        Assert.AreEqual(api, definition.Element("name")!.Value);
        Assert.AreEqual("0", definition.Element("isfunction")!.Value, "actions, so Power Automate can call them");
    }

    [TestMethod]
    [DataRow(CustomApis.ScoreSentiment.Name, CustomApis.ScoreSentiment.Text, String, false, null, DisplayName = "ScoreSentiment(Text: string)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.Platform, Integer, false, null, DisplayName = "ResolveSocialIdentity(Platform: integer)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.ExternalUserId, String, false, null, DisplayName = "ResolveSocialIdentity(ExternalUserId: string)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.Handle, String, true, null, DisplayName = "ResolveSocialIdentity(Handle?: string)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.DisplayName, String, true, null, DisplayName = "ResolveSocialIdentity(DisplayName?: string)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.Email, String, true, null, DisplayName = "ResolveSocialIdentity(Email?: string)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.AsOf, DateTime, true, null, DisplayName = "ResolveSocialIdentity(AsOf?: date and time)")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.AccountStatus, Integer, true, null, DisplayName = "ResolveSocialIdentity(AccountStatus?: integer)")]
    [DataRow(CustomApis.LinkProfileToContact.Name, CustomApis.LinkProfileToContact.Profile, EntityReference, false, SocialProfileTable.LogicalName, DisplayName = "LinkProfileToContact(Profile: profile)")]
    [DataRow(CustomApis.LinkProfileToContact.Name, CustomApis.LinkProfileToContact.Contact, EntityReference, false, StandardTables.Contact.LogicalName, DisplayName = "LinkProfileToContact(Contact: contact)")]
    [DataRow(CustomApis.EscalateConversation.Name, CustomApis.EscalateConversation.Conversation, EntityReference, false, ConversationTable.LogicalName, DisplayName = "EscalateConversation(Conversation: conversation)")]
    [DataRow(CustomApis.EscalateConversation.Name, CustomApis.EscalateConversation.Reason, String, true, null, DisplayName = "EscalateConversation(Reason?: string)")]
    [DataRow(CustomApis.GetConversationSummary.Name, CustomApis.GetConversationSummary.Conversation, EntityReference, false, ConversationTable.LogicalName, DisplayName = "GetConversationSummary(Conversation: conversation)")]
    [DataRow(CustomApis.TestEscalationRules.Name, CustomApis.TestEscalationRules.Mention, EntityReference, false, "scrm_mention", DisplayName = "TestEscalationRules(Mention: mention)")]
    [DataRow(CustomApis.ReplyToConversation.Name, CustomApis.ReplyToConversation.Conversation, EntityReference, false, ConversationTable.LogicalName, DisplayName = "ReplyToConversation(Conversation: conversation)")]
    [DataRow(CustomApis.ReplyToConversation.Name, CustomApis.ReplyToConversation.Text, String, false, null, DisplayName = "ReplyToConversation(Text: string)")]
    [DataRow(CustomApis.ReplyToConversation.Name, CustomApis.ReplyToConversation.Private, Boolean, true, null, DisplayName = "ReplyToConversation(Private?: boolean)")]
    [DataRow(CustomApis.ReplyToConversation.Name, CustomApis.ReplyToConversation.ReopenConversation, Boolean, true, null, DisplayName = "ReplyToConversation(ReopenConversation?: boolean)")]
    public void The_request_parameter_has_its_type_and_optionality(string api, string parameter, string type, bool optional, string? table)
    {
        var definition = Zip.Xml($"customapis/{api}/customapirequestparameters/{parameter}/customapirequestparameter.xml").Root!;

        Assert.AreEqual((type, optional ? "1" : "0", table ?? ""), (definition.Element("type")!.Value, definition.Element("isoptional")!.Value, definition.Element("logicalentityname")!.Value));
    }

    [TestMethod]
    [DataRow(CustomApis.ScoreSentiment.Name, CustomApis.ScoreSentiment.Score, Decimal, null, DisplayName = "ScoreSentiment -> Score: decimal")]
    [DataRow(CustomApis.ScoreSentiment.Name, CustomApis.ScoreSentiment.Label, String, null, DisplayName = "ScoreSentiment -> Label: string")]
    [DataRow(CustomApis.ScoreSentiment.Name, CustomApis.ScoreSentiment.IsNegative, Boolean, null, DisplayName = "ScoreSentiment -> IsNegative: boolean")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.Profile, EntityReference, SocialProfileTable.LogicalName, DisplayName = "ResolveSocialIdentity -> Profile: profile")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.Created, Boolean, null, DisplayName = "ResolveSocialIdentity -> Created: boolean")]
    [DataRow(CustomApis.ResolveSocialIdentity.Name, CustomApis.ResolveSocialIdentity.Contact, EntityReference, StandardTables.Contact.LogicalName, DisplayName = "ResolveSocialIdentity -> Contact: contact")]
    [DataRow(CustomApis.LinkProfileToContact.Name, CustomApis.LinkProfileToContact.ConversationsMoved, Integer, null, DisplayName = "LinkProfileToContact -> ConversationsMoved: integer")]
    [DataRow(CustomApis.EscalateConversation.Name, CustomApis.EscalateConversation.Case, EntityReference, StandardTables.Incident.LogicalName, DisplayName = "EscalateConversation -> Case: case")]
    [DataRow(CustomApis.EscalateConversation.Name, CustomApis.EscalateConversation.Created, Boolean, null, DisplayName = "EscalateConversation -> Created: boolean")]
    [DataRow(CustomApis.GetConversationSummary.Name, CustomApis.GetConversationSummary.MentionCount, Integer, null, DisplayName = "GetConversationSummary -> MentionCount: integer")]
    [DataRow(CustomApis.GetConversationSummary.Name, CustomApis.GetConversationSummary.AverageSentiment, Decimal, null, DisplayName = "GetConversationSummary -> AverageSentiment: decimal")]
    [DataRow(CustomApis.GetConversationSummary.Name, CustomApis.GetConversationSummary.LastMentionOn, DateTime, null, DisplayName = "GetConversationSummary -> LastMentionOn: date and time")]
    [DataRow(CustomApis.GetConversationSummary.Name, CustomApis.GetConversationSummary.LastText, String, null, DisplayName = "GetConversationSummary -> LastText: string")]
    [DataRow(CustomApis.GetConversationSummary.Name, CustomApis.GetConversationSummary.Case, EntityReference, StandardTables.Incident.LogicalName, DisplayName = "GetConversationSummary -> Case: case")]
    [DataRow(CustomApis.TestEscalationRules.Name, CustomApis.TestEscalationRules.WouldEscalate, Boolean, null, DisplayName = "TestEscalationRules -> WouldEscalate: boolean")]
    [DataRow(CustomApis.TestEscalationRules.Name, CustomApis.TestEscalationRules.Rule, String, null, DisplayName = "TestEscalationRules -> Rule: string")]
    [DataRow(CustomApis.TestEscalationRules.Name, CustomApis.TestEscalationRules.Reason, String, null, DisplayName = "TestEscalationRules -> Reason: string")]
    [DataRow(CustomApis.TestEscalationRules.Name, CustomApis.TestEscalationRules.CaseTitle, String, null, DisplayName = "TestEscalationRules -> CaseTitle: string")]
    [DataRow(CustomApis.ReplyToConversation.Name, CustomApis.ReplyToConversation.Reply, EntityReference, MentionTable.LogicalName, DisplayName = "ReplyToConversation -> Reply: mention")]
    [DataRow(CustomApis.EscalateWaitingConversations.Name, CustomApis.EscalateWaitingConversations.Waiting, Integer, null, DisplayName = "EscalateWaitingConversations -> Waiting: integer")]
    [DataRow(CustomApis.EscalateWaitingConversations.Name, CustomApis.EscalateWaitingConversations.Escalated, Integer, null, DisplayName = "EscalateWaitingConversations -> Escalated: integer")]
    public void The_response_property_has_its_type(string api, string property, string type, string? table)
    {
        var definition = Zip.Xml($"customapis/{api}/customapiresponseproperties/{property}/customapiresponseproperty.xml").Root!;

        Assert.AreEqual((type, table ?? ""), (definition.Element("type")!.Value, definition.Element("logicalentityname")!.Value));
        Assert.IsNull(definition.Element("isoptional"));
    }
}
