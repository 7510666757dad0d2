using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Tests.CustomApiCalls;

[TestClass]
public sealed class CustomApiCallMappingTests
{
    private static readonly EntityReference Conversation = new(ConversationTable.LogicalName, Guid.NewGuid());
    private static readonly EntityReference Profile = new(SocialProfileTable.LogicalName, Guid.NewGuid());
    private static readonly EntityReference Contact = new(StandardTables.Contact.LogicalName, Guid.NewGuid());

    [TestMethod]
    public void Score_sentiment_sends_the_text_to_scrm_ScoreSentiment_and_reads_all_three_outputs()
    {
        var request = ScoreSentimentCall.BuildRequest("Love the new app");

        Assert.AreEqual("scrm_ScoreSentiment", request.RequestName);
        Assert.AreEqual("Love the new app", request["Text"]);

        var response = Response("scrm_ScoreSentiment", ("Score", 0.8m), ("Label", "positive"), ("IsNegative", false));
        var outputs = ScoreSentimentCall.ReadResponse(response);
        Assert.AreEqual(0.8m, outputs.Score);
        Assert.AreEqual("positive", outputs.Label);
        Assert.IsFalse(outputs.IsNegative);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no text")]
    [DataRow("   ", DisplayName = "blank text")]
    public void Score_sentiment_without_text_tells_the_designer_which_input_is_missing(string? text)
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => ScoreSentimentCall.BuildRequest(text));

        StringAssert.Contains(error.Message, "Score Sentiment");
        StringAssert.Contains(error.Message, "'Text' is required");
    }

    [TestMethod]
    public void Find_or_create_profile_sends_the_platform_value_and_leaves_blank_optional_inputs_out()
    {
        var request = FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.X), " 12345 ", "", null);

        Assert.AreEqual("scrm_ResolveSocialIdentity", request.RequestName);
        Assert.AreEqual((int)SocialPlatform.X, request["Platform"]);
        Assert.AreEqual("12345", request["ExternalUserId"]);
        Assert.IsFalse(request.Parameters.Contains("Handle"));
        Assert.IsFalse(request.Parameters.Contains("DisplayName"));
    }

    [TestMethod]
    [DataRow(null, "is required", DisplayName = "no platform")]
    [DataRow(42, "is not a known network: 42; use one of X (746500000)", DisplayName = "a value that is no network")]
    public void Find_or_create_profile_refuses_a_platform_by_the_mention_rules_the_Custom_API_applies(int? platform, string reason)
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() =>
            FindOrCreateSocialProfileCall.BuildRequest(platform is int value ? new OptionSetValue(value) : null, "42", null, null));

        StringAssert.StartsWith(error.Message, "Find or Create Social Profile: the input 'Platform' " + reason);
        StringAssert.Contains(error.Message, MentionRules.Platform(platform)!);
    }

    [TestMethod]
    public void Find_or_create_profile_passes_handle_and_display_name_when_given()
    {
        var request = FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.Facebook), "42", "@Contoso", "Contoso Ltd");

        Assert.AreEqual("@Contoso", request["Handle"]);
        Assert.AreEqual("Contoso Ltd", request["DisplayName"]);
    }

    [TestMethod]
    public void Find_or_create_profile_passes_when_the_network_said_it_when_given_and_leaves_an_unset_date_out()
    {
        var saidOn = new DateTime(2024, 9, 9, 20, 0, 0, DateTimeKind.Utc);

        var dated = FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.Bluesky), "did:plc:ewvi7nxzyoun6zhxrhs64oiz", "alice.example.com", null, saidOn);
        var undated = FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.Bluesky), "did:plc:ewvi7nxzyoun6zhxrhs64oiz", "alice.example.com", null, default);

        Assert.AreEqual(saidOn, dated["AsOf"]);
        Assert.IsFalse(undated.Parameters.Contains("AsOf"));
    }

    [TestMethod]
    public void Find_or_create_profile_passes_the_account_status_when_given_and_leaves_an_unset_one_out()
    {
        var takenDown = FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.Bluesky), "did:plc:ewvi7nxzyoun6zhxrhs64oiz", null, null,
            accountStatus: new OptionSetValue((int)AccountStatus.TakenDown));
        var unset = FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.Bluesky), "did:plc:ewvi7nxzyoun6zhxrhs64oiz", null, null, accountStatus: null);

        Assert.AreEqual((int)AccountStatus.TakenDown, takenDown["AccountStatus"]);
        Assert.IsFalse(unset.Parameters.Contains("AccountStatus"));
    }

    [TestMethod]
    public void Find_or_create_profile_reads_the_profile_and_whether_it_was_created()
    {
        var outputs = FindOrCreateSocialProfileCall.ReadResponse(Response("scrm_ResolveSocialIdentity", ("Profile", Profile), ("Created", true)));

        Assert.AreEqual(Profile, outputs.Profile);
        Assert.IsTrue(outputs.Created);
    }

    [TestMethod]
    public void Link_profile_to_contact_sends_both_references_and_reads_the_moved_count()
    {
        var request = LinkSocialProfileToContactCall.BuildRequest(Profile, Contact);

        Assert.AreEqual("scrm_LinkProfileToContact", request.RequestName);
        Assert.AreEqual(Profile, request["Profile"]);
        Assert.AreEqual(Contact, request["Contact"]);
        Assert.AreEqual(3, LinkSocialProfileToContactCall.ReadResponse(Response("scrm_LinkProfileToContact", ("ConversationsMoved", 3))));
    }

    [TestMethod]
    public void Link_profile_to_contact_rejects_a_record_of_the_wrong_table()
    {
        var account = new EntityReference("account", Guid.NewGuid());

        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => LinkSocialProfileToContactCall.BuildRequest(Profile, account));

        StringAssert.Contains(error.Message, "'Contact' must be a contact record, not a account record");
    }

    [TestMethod]
    public void Escalate_sends_the_reason_only_when_the_designer_gave_one()
    {
        var withReason = EscalateConversationToCaseCall.BuildRequest(Conversation, "VIP complaint");
        var withoutReason = EscalateConversationToCaseCall.BuildRequest(Conversation, " ");

        Assert.AreEqual("scrm_EscalateConversation", withReason.RequestName);
        Assert.AreEqual("VIP complaint", withReason["Reason"]);
        Assert.IsFalse(withoutReason.Parameters.Contains("Reason"));
    }

    [TestMethod]
    public void Escalate_without_a_conversation_names_the_missing_input()
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => EscalateConversationToCaseCall.BuildRequest(null, "x"));

        StringAssert.Contains(error.Message, "Escalate Conversation to Case: the input 'Conversation' is required");
    }

    [TestMethod]
    public void Reply_sends_the_text_the_private_flag_and_the_reopen_confirmation_and_returns_the_reply()
    {
        var reply = new EntityReference("scrm_mention", Guid.NewGuid());

        var request = ReplyToConversationCall.BuildRequest(Conversation, "Sorry, it ships today.", isPrivate: true, reopenConversation: false);

        Assert.AreEqual("scrm_ReplyToConversation", request.RequestName);
        Assert.AreEqual(Conversation, request["Conversation"]);
        Assert.AreEqual("Sorry, it ships today.", request["Text"]);
        Assert.IsTrue((bool)request["Private"]);
        Assert.IsFalse((bool)request["ReopenConversation"]);
        Assert.AreEqual(reply, ReplyToConversationCall.ReadResponse(Response("scrm_ReplyToConversation", ("Reply", reply))));
    }

    [TestMethod]
    public void Reply_without_text_names_the_missing_input()
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => ReplyToConversationCall.BuildRequest(Conversation, " ", false, false));

        StringAssert.Contains(error.Message, "Reply to Conversation: the input 'Text' is required");
    }

    [TestMethod]
    public void A_response_without_a_required_output_fails_with_the_api_and_output_named()
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(
            () => EscalateConversationToCaseCall.ReadResponse(Response("scrm_EscalateConversation")));

        StringAssert.Contains(error.Message, "'scrm_EscalateConversation' returned no 'Case' output");
    }

    [TestMethod]
    public void Summary_of_a_conversation_never_escalated_has_no_case_and_keeps_the_other_figures()
    {
        var lastOn = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc);
        var response = Response("scrm_GetConversationSummary",
            ("MentionCount", 4), ("AverageSentiment", -0.25m), ("LastMentionOn", lastOn), ("LastText", "still waiting"));

        var outputs = GetConversationSummaryCall.ReadResponse(response);

        Assert.AreEqual(4, outputs.MentionCount);
        Assert.AreEqual(-0.25m, outputs.AverageSentiment);
        Assert.AreEqual(lastOn, outputs.LastMentionOn);
        Assert.AreEqual("still waiting", outputs.LastText);
        Assert.IsNull(outputs.Case);
    }

    [TestMethod]
    public void Summary_of_an_empty_conversation_has_no_last_mention()
    {
        var outputs = GetConversationSummaryCall.ReadResponse(Response("scrm_GetConversationSummary", ("MentionCount", 0)));

        Assert.AreEqual(0, outputs.MentionCount);
        Assert.IsNull(outputs.LastMentionOn);
        Assert.AreEqual("", outputs.LastText);
    }

    private static OrganizationResponse Response(string name, params (string Key, object Value)[] results)
    {
        var response = new OrganizationResponse { ResponseName = name };
        foreach (var (key, value) in results)
        {
            response.Results[key] = value;
        }
        return response;
    }
}
