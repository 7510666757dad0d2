using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Conversation = SocialCrm.Plugins.Schema.ConversationTable;
using Incident = SocialCrm.Plugins.Schema.StandardTables.Incident;
using Rule = SocialCrm.Plugins.Schema.EscalationRuleTable;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>
/// Issue #18 point 6, no silent non-escalation: a rule says what happens for a person with no contact (a case on the
/// fallback customer, the conversation queued for triage, or a contact created from the profile), and what could not be
/// done shows on the conversation as "Not carried out" with the reason.
/// </summary>
[TestClass]
public sealed class NoContactEscalationTests
{
    private const string Furious = "This is the worst service ever. Absolutely terrible!";

    [TestMethod]
    public void Without_a_fallback_account_the_conversation_says_the_escalation_was_not_carried_out_and_why()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SaveRule(Negative(NoContactAction.FallbackCustomer));

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying(Furious));

        var conversation = crm.ConversationOf("1");
        Assert.IsEmpty(crm.Cases());
        Assert.AreEqual((int)EscalationOutcome.NotCarriedOut, conversation.GetAttributeValue<OptionSetValue>(Conversation.EscalationOutcome).Value);
        StringAssert.StartsWith(conversation.GetAttributeValue<string>(Conversation.EscalationReason),
            "No case raised: the author has no contact and scrm_FallbackCaseAccountId is not set. Rule \"Negative\":");
        Assert.AreEqual((int)ConversationPriority.High, conversation.GetAttributeValue<OptionSetValue>(Conversation.Priority).Value);
    }

    [TestMethod]
    public void With_a_fallback_account_the_case_opens_on_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var account = crm.CreateAccount("Social care");
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, account.ToString());
        crm.SaveRule(Negative(NoContactAction.FallbackCustomer));

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying(Furious));

        Assert.AreEqual(account, crm.Cases().Single().GetAttributeValue<EntityReference>(Incident.Customer).Id);
        Assert.AreEqual((int)EscalationOutcome.CaseOpened, crm.ConversationOf("1").GetAttributeValue<OptionSetValue>(Conversation.EscalationOutcome).Value);
    }

    [TestMethod]
    public void Queue_for_triage_puts_the_conversation_in_the_rules_queue_and_opens_no_case()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, crm.CreateAccount("Social care").ToString());
        var triage = crm.CreateQueue("Social triage");
        crm.SaveRule(Negative(NoContactAction.QueueForTriage).With(Rule.Queue, new EntityReference(StandardTables.Queue.LogicalName, triage)));

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying(Furious));

        var conversation = crm.ConversationOf("1");
        var item = crm.QueueItems().Single();
        Assert.IsEmpty(crm.Cases(), "the fallback account is not used: the rule asks for triage");
        Assert.AreEqual(triage, item.GetAttributeValue<EntityReference>("queueid").Id);
        Assert.AreEqual(conversation.ToEntityReference(), item.GetAttributeValue<EntityReference>("objectid"));
        Assert.AreEqual((int)EscalationOutcome.QueuedForTriage, conversation.GetAttributeValue<OptionSetValue>(Conversation.EscalationOutcome).Value);
    }

    [TestMethod]
    public void Create_contact_makes_a_contact_from_the_profile_links_it_and_opens_the_case_on_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SaveRule(Negative(NoContactAction.CreateContact));

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim", "Kim Lee").Saying(Furious));

        var contact = crm.Contacts().Single();
        Assert.AreEqual(("Kim", "Lee"), (contact.GetAttributeValue<string>(StandardTables.Contact.FirstName), contact.GetAttributeValue<string>(StandardTables.Contact.LastName)));
        Assert.AreEqual(contact.Id, crm.Profile("u1").GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id);
        Assert.AreEqual((int)LinkMethod.CreatedContact, crm.Profile("u1").GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
        Assert.AreEqual(contact.Id, crm.ConversationOf("1").GetAttributeValue<EntityReference>(Conversation.Contact).Id);
        Assert.AreEqual(contact.ToEntityReference(), crm.Cases().Single().GetAttributeValue<EntityReference>(Incident.Customer));
    }

    [TestMethod]
    public void Create_contact_for_a_profile_with_only_a_handle_is_not_carried_out_and_says_so()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SaveRule(Negative(NoContactAction.CreateContact));

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying(Furious));

        var conversation = crm.ConversationOf("1");
        Assert.IsEmpty(crm.Contacts());
        Assert.AreEqual((int)EscalationOutcome.NotCarriedOut, conversation.GetAttributeValue<OptionSetValue>(Conversation.EscalationOutcome).Value);
        StringAssert.StartsWith(conversation.GetAttributeValue<string>(Conversation.EscalationReason),
            "No case raised: the author has no contact and their profile has no name or e-mail to create one from.");
    }

    [TestMethod]
    public void A_rule_that_queues_for_triage_without_a_queue_is_refused_on_save()
    {
        using var crm = SocialCrmFixture.Start().Build();

        var error = SocialCrmDataverse.Rejection(() => crm.SaveRule(Negative(NoContactAction.QueueForTriage)));

        StringAssert.Contains(error, "scrm_queueid: a rule that queues people with no contact for triage needs a queue.");
    }

    private static Entity Negative(NoContactAction noContact) =>
        new Entity(Rule.LogicalName)
        {
            [Rule.PrimaryName] = "Negative",
            [Rule.Order] = 10,
            [Rule.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [Rule.Priority] = new OptionSetValue((int)ConversationPriority.Normal),
            [Rule.SentimentAtOrBelow] = -0.5m,
            [Rule.NoContact] = new OptionSetValue((int)noContact),
        };
}
