using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.EscalateConversation;
using Incident = SocialCrm.Plugins.Schema.StandardTables.Incident;

namespace SocialCrm.Plugins.Tests.CustomApis;

[TestClass]
public sealed class EscalateConversationApiTests
{
    [TestMethod]
    public void Raises_a_case_for_the_conversations_contact_and_points_the_conversation_at_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var contact = crm.CreateContact("Lee", "ann@example.com");
        crm.Send(WriteMessage.Create, Post("1").On(SocialPlatform.Facebook).Email("ann@example.com").Saying("Hello there"));
        var conversation = crm.ConversationOf("1").Id;

        var response = crm.Service.Execute(Request(conversation, "The customer asked for a call back."));

        Assert.IsTrue((bool)response[Api.Created]);
        var @case = crm.Cases().Single();
        Assert.AreEqual(@case.Id, ((EntityReference)response[Api.Case]).Id);
        Assert.AreEqual(contact, @case.GetAttributeValue<EntityReference>(Incident.Customer).Id);
        Assert.AreEqual("Escalated Facebook conversation: Hello there", @case.GetAttributeValue<string>(Incident.Title));
        Assert.AreEqual((int)CaseOrigin.Facebook, @case.GetAttributeValue<OptionSetValue>(Incident.Origin).Value);
        Assert.AreEqual((int)CasePriority.Normal, @case.GetAttributeValue<OptionSetValue>(Incident.Priority).Value);
        var after = crm.Get(ConversationTable.LogicalName, conversation);
        Assert.AreEqual(@case.Id, after.GetAttributeValue<EntityReference>(ConversationTable.Case).Id);
        Assert.AreEqual("The customer asked for a call back.", after.GetAttributeValue<string>(ConversationTable.EscalationReason));
    }

    [TestMethod]
    public void Returns_the_open_case_a_conversation_already_has_without_raising_another()
    {
        using var crm = WithContactConversation(out var conversation);
        var first = (EntityReference)crm.Service.Execute(Request(conversation))[Api.Case];

        var response = crm.Service.Execute(Request(conversation));

        Assert.IsFalse((bool)response[Api.Created]);
        Assert.AreEqual(first.Id, ((EntityReference)response[Api.Case]).Id);
        Assert.HasCount(1, crm.Cases());
    }

    [TestMethod]
    public void Raises_a_new_case_once_the_previous_one_is_resolved()
    {
        using var crm = WithContactConversation(out var conversation);
        var first = ((EntityReference)crm.Service.Execute(Request(conversation))[Api.Case]).Id;
        crm.ResolveCase(first);

        var response = crm.Service.Execute(Request(conversation));

        Assert.IsTrue((bool)response[Api.Created]);
        Assert.AreNotEqual(first, ((EntityReference)response[Api.Case]).Id);
    }

    [TestMethod]
    public void A_conversation_without_a_contact_or_fallback_account_is_rejected_with_what_to_do()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, Post("1"));

        var message = SocialCrmDataverse.Rejection(() => crm.Service.Execute(Request(crm.ConversationOf("1").Id)));

        StringAssert.Contains(message, "has no contact and scrm_FallbackCaseAccountId is not set");
        Assert.IsEmpty(crm.Cases());
    }

    private static SocialCrmDataverse WithContactConversation(out Guid conversation)
    {
        var crm = SocialCrmFixture.Start().Build();
        crm.CreateContact("Lee", "ann@example.com");
        crm.Send(WriteMessage.Create, Post("1").Email("ann@example.com"));
        conversation = crm.ConversationOf("1").Id;
        return crm;
    }

    private static OrganizationRequest Request(Guid conversation, string? reason = null)
    {
        var request = new OrganizationRequest(Api.Name) { [Api.Conversation] = new EntityReference(ConversationTable.LogicalName, conversation) };
        if (reason != null)
        {
            request[Api.Reason] = reason;
        }

        return request;
    }
}
