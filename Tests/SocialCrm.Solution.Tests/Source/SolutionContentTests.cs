using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>What agents, managers and administrators find after the import: publisher, views, chart, forms, app and roles.</summary>
[TestClass]
public sealed class SolutionContentTests
{
    private static XDocument Customizations => PackedSolution.Current.Unmanaged.Customizations;

    [TestMethod]
    public void The_solution_is_SocialCrm_by_the_socialcrm_publisher_with_prefix_scrm_and_option_value_prefix_74650()
    {
        var manifest = PackedSolution.Current.Unmanaged.Manifest.Root!.Element("SolutionManifest")!;
        var publisher = manifest.Element("Publisher")!;

        Assert.AreEqual("SocialCrm", manifest.Element("UniqueName")!.Value);
        Assert.AreEqual(("socialcrm", "scrm", "74650"),
            (publisher.Element("UniqueName")!.Value, publisher.Element("CustomizationPrefix")!.Value, publisher.Element("CustomizationOptionValuePrefix")!.Value));
    }

    [TestMethod]
    [DataRow(ConversationTable.LogicalName, "My Open Conversations", DisplayName = "My Open Conversations")]
    [DataRow(ConversationTable.LogicalName, "Negative Conversations Awaiting Reply", DisplayName = "Negative Conversations Awaiting Reply")]
    [DataRow(ConversationTable.LogicalName, "Escalated Conversations", DisplayName = "Escalated Conversations")]
    [DataRow(SocialProfileTable.LogicalName, "Profiles by Influence", DisplayName = "Profiles by Influence")]
    public void The_named_view_is_a_public_view_of_its_table(string table, string name)
    {
        var view = Customizations.Descendants("savedquery").Single(v => v.Descendants("LocalizedName").Single().Attribute("description")!.Value == name);

        Assert.AreEqual("0", view.Element("querytype")!.Value);
        Assert.AreEqual(table, view.Descendants("fetch").Single().Element("entity")!.Attribute("name")!.Value);
    }

    [TestMethod]
    public void Negative_conversations_awaiting_reply_are_open_awaiting_reply_and_last_sentiment_below_zero()
    {
        var conditions = View("Negative Conversations Awaiting Reply").Descendants("condition")
            .Select(c => (c.Attribute("attribute")!.Value, c.Attribute("operator")!.Value, c.Attribute("value")?.Value)).ToList();

        CollectionAssert.AreEquivalent(new[]
        {
            (ConversationTable.StateCode, "eq", (string?)((int)ConversationState.Open).ToString()),
            (ConversationTable.StatusCode, "eq", (string?)((int)ConversationStatus.AwaitingReply).ToString()),
            (ConversationTable.LastSentiment, "lt", (string?)"0"),
        }, conditions);
    }

    [TestMethod]
    public void Public_mentions_view_leaves_out_private_messages_and_keeps_mentions_of_no_type()
    {
        var filter = View("Public Mentions").Descendants("filter").Single();
        var conditions = filter.Elements("condition").Select(c => (c.Attribute("attribute")!.Value, c.Attribute("operator")!.Value, c.Attribute("value")?.Value)).ToList();

        Assert.AreEqual("or", filter.Attribute("type")!.Value);
        CollectionAssert.AreEquivalent(new[]
        {
            (MentionTable.MessageType, "null", (string?)null),
            (MentionTable.MessageType, "ne", (string?)((int)MessageType.PrivateMessage).ToString()),
        }, conditions);
    }

    [TestMethod]
    public void Mention_form_and_all_mentions_view_show_the_message_type()
    {
        var form = SolutionMetadata.Packed.Entity(MentionTable.LogicalName).Element("FormXml")!.Descendants("systemform").Single();

        Assert.IsTrue(form.Descendants("control").Any(c => c.Attribute("datafieldname")?.Value == MentionTable.MessageType), "the form has the field");
        Assert.IsTrue(View("All Mentions").Descendants("cell").Any(c => c.Attribute("name")!.Value == MentionTable.MessageType), "the view has the column");
    }

    [TestMethod]
    public void A_mention_whose_text_and_score_were_erased_says_why_on_its_form_and_beside_its_sentiment_in_the_views()
    {
        var form = SolutionMetadata.Packed.Entity(MentionTable.LogicalName).Element("FormXml")!.Descendants("systemform").Single();

        Assert.IsTrue(form.Descendants("control").Any(c => c.Attribute("datafieldname")?.Value == MentionTable.StatusCode), "the form shows the status reason");
        foreach (var view in new[] { "All Mentions", "Social Mention Associated View" })
        {
            var columns = View(view).Descendants("cell").Select(c => c.Attribute("name")!.Value).ToList();
            var sentiment = columns.FindIndex(c => c == MentionTable.SentimentLabel || c == MentionTable.SentimentScore);
            Assert.AreEqual(MentionTable.StatusCode, columns[sentiment + 1], view + ": the status reason comes right after the sentiment");
        }
    }

    /// <summary>Issue #13: "why does this profile show this handle?" is answered beside the handle: when the network said
    /// it, which only the plug-ins write.</summary>
    [TestMethod]
    public void The_profile_form_shows_when_the_network_said_its_identity_read_only_beside_the_handle()
    {
        var control = ProfileFormSection("identity").Descendants("control").SingleOrDefault(c => c.Attribute("datafieldname")?.Value == SocialProfileTable.IdentityAsOf);

        Assert.IsNotNull(control, "the identity section shows Identity As Of");
        Assert.AreEqual("true", control.Attribute("disabled")?.Value, "read-only");
    }

    /// <summary>Issue #13: a Bluesky account's deactivation, suspension, takedown or deletion shows on its profile, where
    /// an agent about to answer the person looks, and in the profiles list.</summary>
    [TestMethod]
    public void The_profile_form_and_the_active_profiles_view_show_the_account_status_read_only()
    {
        var control = ProfileFormSection("identity").Descendants("control").SingleOrDefault(c => c.Attribute("datafieldname")?.Value == SocialProfileTable.AccountStatus);

        Assert.IsNotNull(control, "the identity section shows Account Status");
        Assert.AreEqual("true", control.Attribute("disabled")?.Value, "read-only: the network sets it");
        Assert.IsTrue(View("Active Social Profiles").Descendants("cell").Any(c => c.Attribute("name")!.Value == SocialProfileTable.AccountStatus), "the view has the column");
        Assert.IsTrue(View("Active Social Profiles").Descendants("attribute").Any(a => a.Attribute("name")!.Value == SocialProfileTable.AccountStatus), "the view fetches it");
    }

    /// <summary>Issue #13: the account status has its own "as of", apart from the identity's, shown beside it read-only.</summary>
    [TestMethod]
    public void The_profile_form_shows_when_the_network_said_the_account_status_read_only()
    {
        var control = ProfileFormSection("identity").Descendants("control").SingleOrDefault(c => c.Attribute("datafieldname")?.Value == SocialProfileTable.AccountStatusAsOf);

        Assert.IsNotNull(control, "the identity section shows Account Status As Of");
        Assert.AreEqual("true", control.Attribute("disabled")?.Value, "read-only: the plug-in sets it");
    }

    [TestMethod]
    public void The_chart_counts_conversations_by_sentiment_label_and_month()
    {
        var chart = Customizations.Descendants("visualization").Single();
        var attributes = chart.Descendants("attribute").ToDictionary(a => a.Attribute("name")!.Value);

        Assert.AreEqual("Conversations by Sentiment Label over Time", chart.Descendants("LocalizedName").Single().Attribute("description")!.Value);
        Assert.AreEqual(("countcolumn", "true"), (attributes[MentionTable.Conversation].Attribute("aggregate")!.Value, attributes[MentionTable.Conversation].Attribute("distinct")!.Value));
        Assert.AreEqual("month", attributes[MentionTable.PostedOn].Attribute("dategrouping")!.Value);
        Assert.AreEqual("true", attributes[MentionTable.SentimentLabel].Attribute("groupby")!.Value);
    }

    [TestMethod]
    [DataRow(SocialProfileTable.LogicalName, "main", 1, DisplayName = "profile: main form")]
    [DataRow(SocialProfileTable.LogicalName, "quickCreate", 1, DisplayName = "profile: quick create form")]
    [DataRow(ConversationTable.LogicalName, "main", 1, DisplayName = "conversation: main form")]
    [DataRow(MentionTable.LogicalName, "main", 1, DisplayName = "mention: main form")]
    public void The_table_has_its_form(string table, string type, int count)
    {
        var forms = SolutionMetadata.Packed.Entity(table).Element("FormXml")!.Elements("forms").Where(f => f.Attribute("type")!.Value == type);

        Assert.AreEqual(count, forms.SelectMany(f => f.Elements("systemform")).Count());
    }

    [TestMethod]
    public void The_contact_form_gains_a_Social_tab_with_profiles_and_conversations_and_nothing_else()
    {
        var form = SolutionMetadata.Packed.Entity(StandardTables.Contact.LogicalName).Descendants("form").Single();

        var tab = form.Element("tabs")!.Elements("tab").Single();

        Assert.AreEqual("Social", tab.Element("labels")!.Element("label")!.Attribute("description")!.Value);
        CollectionAssert.AreEqual(
            new[] { "scrm_contact_scrm_socialprofile_contactid", "scrm_contact_scrm_conversation_contactid" },
            tab.Descendants("RelationshipName").Select(r => r.Value).ToList());
        Assert.IsNull(SolutionMetadata.Packed.Entity(StandardTables.Contact.LogicalName).Element("EntityInfo"), "the contact table's metadata is not part of the solution");
    }

    [TestMethod]
    public void The_case_form_shows_the_conversation_that_raised_the_case()
    {
        var tab = SolutionMetadata.Packed.Entity(StandardTables.Incident.LogicalName).Descendants("tab").Single();

        Assert.AreEqual("scrm_incident_scrm_conversation_caseid", tab.Descendants("RelationshipName").Single().Value);
        Assert.AreEqual(ConversationTable.Case, SolutionMetadata.Packed.Relationship("scrm_incident_scrm_conversation_caseid").Element("ReferencingAttributeName")!.Value.ToLowerInvariant());
    }

    [TestMethod]
    [DataRow("scrm_contact_scrm_socialprofile_contactid", DisplayName = "contact's profiles")]
    [DataRow("scrm_contact_scrm_conversation_contactid", DisplayName = "contact's conversations")]
    [DataRow("scrm_incident_scrm_conversation_caseid", DisplayName = "case's conversation")]
    public void Deleting_a_contact_or_case_keeps_the_social_records_and_explains_the_merge(string relationship)
    {
        var definition = SolutionMetadata.Packed.Relationship(relationship);

        Assert.AreEqual(("RemoveLink", "NoCascade"), (definition.Element("CascadeDelete")!.Value, definition.Element("CascadeAssign")!.Value));
        StringAssert.Contains(((XComment)definition.PreviousNode!).Value, "Cascade on merge");
    }

    [TestMethod]
    public void The_Social_CRM_app_opens_on_its_site_map_for_agents_and_managers()
    {
        var app = Customizations.Descendants("AppModule").Single();
        var roles = Customizations.Descendants("Role").Where(r => r.Parent!.Name == "Roles").ToDictionary(r => r.Attribute("name")!.Value, r => r.Attribute("id")!.Value);

        Assert.AreEqual("scrm_SocialCrm", app.Element("UniqueName")!.Value);
        Assert.AreEqual("Social CRM", app.Descendants("LocalizedName").Single().Attribute("description")!.Value);
        Assert.AreEqual("scrm_SocialCrm", app.Descendants("AppModuleComponent").Single(c => c.Attribute("type")!.Value == "62").Attribute("schemaName")!.Value);
        CollectionAssert.AreEquivalent(new[] { roles["Social CRM Agent"], roles["Social CRM Manager"] }, app.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => r.Attribute("id")!.Value).ToList());
        CollectionAssert.AreEquivalent(new[] { "Social CRM Agent", "Social CRM Manager", "Social CRM Integration" }, roles.Keys.ToList());
    }

    [TestMethod]
    public void The_integration_role_writes_mentions_and_what_intake_needs_but_deletes_nothing()
    {
        var privileges = Customizations.Descendants("Role").Single(r => r.Attribute("name")?.Value == "Social CRM Integration")
            .Descendants("RolePrivilege").ToDictionary(p => p.Attribute("name")!.Value, p => p.Attribute("level")!.Value);

        Assert.IsFalse(privileges.Keys.Any(p => p.StartsWith("prvDelete", StringComparison.Ordinal)), string.Join(", ", privileges.Keys));
        foreach (var needed in new[] { "prvCreatescrm_Mention", "prvWritescrm_Mention", "prvCreatescrm_SocialProfile", "prvWritescrm_Conversation", "prvCreateIncident", "prvReadEnvironmentVariableValue" })
        {
            Assert.IsTrue(privileges.ContainsKey(needed), needed);
        }
    }

    private static XElement ProfileFormSection(string name) =>
        SolutionMetadata.Packed.Entity(SocialProfileTable.LogicalName).Element("FormXml")!.Elements("forms").Single(f => f.Attribute("type")!.Value == "main")
            .Descendants("section").Single(s => s.Attribute("name")!.Value == name);

    private static XElement View(string name) =>
        Customizations.Descendants("savedquery").Single(v => v.Descendants("LocalizedName").Single().Attribute("description")!.Value == name);
}
