extern alias workflow;

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using workflow::SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.EndToEnd.Tests.WorkflowActivities;

/// <summary>
/// Each workflow step's request and response mapping, run against the Custom API it calls, as registered by the
/// imported zip: what a workflow designer's step does when the workflow runs.
/// </summary>
[TestClass]
public sealed class WorkflowStepsThroughCustomApisTests
{
    [TestMethod]
    public void Score_Sentiment_returns_a_negative_label_and_flag_for_a_complaint()
    {
        using var crm = ImportedSocialCrm.Start();

        var outputs = ScoreSentimentCall.ReadResponse(crm.Service.Execute(ScoreSentimentCall.BuildRequest("Terrible support, still waiting for my refund!")));

        Assert.IsTrue(outputs.Score < 0m, $"score {outputs.Score}");
        Assert.AreEqual("negative", outputs.Label);
        Assert.IsTrue(outputs.IsNegative);
    }

    [TestMethod]
    public void Find_or_Create_Social_Profile_creates_once_then_finds_the_same_profile()
    {
        using var crm = ImportedSocialCrm.Start();
        var request = () => FindOrCreateSocialProfileCall.BuildRequest(new OptionSetValue((int)SocialPlatform.Instagram), "ig-42", "@Contoso.Fan", "Contoso Fan");

        var first = FindOrCreateSocialProfileCall.ReadResponse(crm.Service.Execute(request()));
        var second = FindOrCreateSocialProfileCall.ReadResponse(crm.Service.Execute(request()));

        Assert.IsTrue(first.Created);
        Assert.IsFalse(second.Created);
        Assert.AreEqual(first.Profile, second.Profile);
        Assert.AreEqual("contoso.fan", crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.PrimaryId, first.Profile.Id).GetAttributeValue<string>(SocialProfileTable.Handle));
    }

    [TestMethod]
    public void Link_Social_Profile_to_Contact_moves_the_profiles_open_conversations_to_the_contact()
    {
        using var crm = ImportedSocialCrm.Start();
        crm.Service.Create(WorkerMentions.Inbound("post-1", "u-7", "When does the store open?"));
        var profile = crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-7").ToEntityReference();
        var contact = new EntityReference(StandardTables.Contact.LogicalName, crm.CreateContact("Sam", "Ortiz", "sam@example.com"));

        var moved = LinkSocialProfileToContactCall.ReadResponse(crm.Service.Execute(LinkSocialProfileToContactCall.BuildRequest(profile, contact)));

        Assert.AreEqual(1, moved);
        var conversation = crm.All(ConversationTable.LogicalName)[0];
        Assert.AreEqual(contact.Id, conversation.GetAttributeValue<EntityReference>(ConversationTable.Contact).Id);
    }

    [TestMethod]
    public void Escalate_Conversation_to_Case_opens_one_case_and_returns_it_again_when_asked_twice()
    {
        using var crm = ImportedSocialCrm.Start();
        crm.Service.Create(WorkerMentions.Inbound("post-1", "u-7", "When does the store open?", email: "sam@example.com"));
        crm.CreateContact("Sam", "Ortiz", "sam@example.com");
        var profile = crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-7").ToEntityReference();
        var contact = new EntityReference(StandardTables.Contact.LogicalName, crm.Single(StandardTables.Contact.LogicalName, StandardTables.Contact.Email, "sam@example.com").Id);
        crm.Service.Execute(LinkSocialProfileToContactCall.BuildRequest(profile, contact));
        var conversation = crm.All(ConversationTable.LogicalName)[0].ToEntityReference();

        var first = EscalateConversationToCaseCall.ReadResponse(crm.Service.Execute(EscalateConversationToCaseCall.BuildRequest(conversation, "VIP asked twice")));
        var second = EscalateConversationToCaseCall.ReadResponse(crm.Service.Execute(EscalateConversationToCaseCall.BuildRequest(conversation, null)));

        Assert.AreEqual(StandardTables.Incident.LogicalName, first.LogicalName);
        Assert.AreEqual(first, second);
        Assert.HasCount(1, crm.All(StandardTables.Incident.LogicalName));
    }

    [TestMethod]
    public void Get_Conversation_Summary_reports_the_conversations_figures_and_last_text()
    {
        using var crm = ImportedSocialCrm.Start();
        crm.Service.Create(WorkerMentions.Inbound("post-1", "u-7", "Love the new app"));
        crm.Service.Create(WorkerMentions.Inbound("post-2", "u-7", "Still loving it", inReplyTo: "post-1"));
        var conversation = crm.All(ConversationTable.LogicalName)[0].ToEntityReference();

        var summary = GetConversationSummaryCall.ReadResponse(crm.Service.Execute(GetConversationSummaryCall.BuildRequest(conversation)));

        Assert.AreEqual(2, summary.MentionCount);
        Assert.IsTrue(summary.AverageSentiment > 0m);
        Assert.IsNotNull(summary.LastMentionOn);
        Assert.AreEqual("Still loving it", summary.LastText);
        Assert.IsNull(summary.Case);
    }

    [TestMethod]
    public void A_step_pointed_at_a_missing_conversation_fails_with_the_platforms_not_found_error()
    {
        using var crm = ImportedSocialCrm.Start();
        var missing = new EntityReference(ConversationTable.LogicalName, Guid.NewGuid());

        var error = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(
            () => crm.Service.Execute(GetConversationSummaryCall.BuildRequest(missing)));

        StringAssert.Contains(error.Detail.Message, missing.Id.ToString());
    }
}
