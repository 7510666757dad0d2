using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Incident = SocialCrm.Plugins.Schema.StandardTables.Incident;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>Heated conversations become cases in the CRM's service process, never two open ones at a time.</summary>
[TestClass]
public sealed class EscalationTests
{
    // Sentiment scores of these texts: about -0.93, -0.42 and -0.26 (all labelled negative), and +0.67.
    private const string Furious = "This is the worst service ever. Absolutely terrible!";
    private const string Unimpressed = "Not impressed with the update.";
    private const string Grumbling = "The app is a bit slow today.";
    private const string HappyButRefund = "Love it! How do I get a refund for the old one?";

    [TestMethod]
    public void A_negative_mention_from_an_influential_author_opens_a_case_for_their_contact()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var contact = crm.CreateContact("Lee", "ann@example.com", "Ann");

        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "ann").Email("ann@example.com").Followers(10_000_000, verified: true).Saying(Unimpressed));

        var @case = crm.Cases().Single();
        var conversation = crm.ConversationOf("1");
        Assert.AreEqual(contact, @case.GetAttributeValue<EntityReference>(Incident.Customer).Id);
        Assert.AreEqual(StandardTables.Contact.LogicalName, @case.GetAttributeValue<EntityReference>(Incident.Customer).LogicalName);
        Assert.AreEqual("Negative X conversation with @ann: Not impressed with the update.", @case.GetAttributeValue<string>(Incident.Title));
        StringAssert.Contains(@case.GetAttributeValue<string>(Incident.Description), "@ann wrote on X");
        Assert.AreEqual((int)CasePriority.High, @case.GetAttributeValue<OptionSetValue>(Incident.Priority).Value);
        Assert.AreEqual((int)CaseOrigin.Twitter, @case.GetAttributeValue<OptionSetValue>(Incident.Origin).Value);
        Assert.AreEqual(@case.Id, conversation.GetAttributeValue<EntityReference>(ConversationTable.Case).Id);
        Assert.AreEqual(SocialCrmFixture.Now, conversation.GetAttributeValue<DateTime>(ConversationTable.EscalatedOn));
        StringAssert.StartsWith(conversation.GetAttributeValue<string>(ConversationTable.EscalationReason), "Rule \"Negative mention from an influential author\": sentiment −0.42 ≤");
        Assert.AreEqual((int)ConversationPriority.High, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.Priority).Value);
    }

    [TestMethod]
    public void The_same_words_from_an_unknown_author_open_no_case()
    {
        using var crm = WithFallbackAccount(out _);

        crm.Send(WriteMessage.UpsertMultiple, Post("1").Saying(Unimpressed));

        Assert.IsEmpty(crm.Cases());
        Assert.IsNull(crm.ConversationOf("1").GetAttributeValue<EntityReference>(ConversationTable.Case));
    }

    [TestMethod]
    public void A_case_for_an_author_without_a_contact_goes_to_the_fallback_account()
    {
        using var crm = WithFallbackAccount(out var account);

        crm.Send(WriteMessage.Create, Post("1").On(SocialPlatform.Instagram).Saying(Furious));

        var customer = crm.Cases().Single().GetAttributeValue<EntityReference>(Incident.Customer);
        Assert.AreEqual(account, customer.Id);
        Assert.AreEqual(StandardTables.Account.LogicalName, customer.LogicalName);
        Assert.AreEqual((int)CaseOrigin.Web, crm.Cases().Single().GetAttributeValue<OptionSetValue>(Incident.Origin).Value);
    }

    [TestMethod]
    public void Without_a_contact_or_a_fallback_account_no_case_is_raised_and_the_conversation_says_why()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        var conversation = crm.ConversationOf("1");
        Assert.IsEmpty(crm.Cases());
        StringAssert.StartsWith(conversation.GetAttributeValue<string>(ConversationTable.EscalationReason),
            "No case raised: the author has no contact and scrm_FallbackCaseAccountId is not set.");
        Assert.AreEqual(SocialCrmFixture.Now, conversation.GetAttributeValue<DateTime>(ConversationTable.EscalatedOn));
    }

    [TestMethod]
    public void A_second_negative_mention_in_a_conversation_with_an_open_case_opens_no_second_case()
    {
        using var crm = WithFallbackAccount(out _);
        crm.Send(WriteMessage.Create, Post("1").InThread("t").Saying(Furious));

        crm.Send(WriteMessage.Create, Post("2").InThread("t").Saying(Furious));

        Assert.HasCount(1, crm.Cases());
    }

    [TestMethod]
    public void Two_negative_mentions_of_one_conversation_in_one_batch_open_one_case()
    {
        using var crm = WithFallbackAccount(out _);

        crm.Send(WriteMessage.UpsertMultiple, Post("1").InThread("t").Saying(Furious), Post("2").InThread("t").By("u2").Saying(Furious));

        Assert.HasCount(1, crm.Cases());
    }

    [TestMethod]
    public void A_resolved_case_does_not_stop_a_new_one_and_the_conversation_points_at_the_new_case()
    {
        using var crm = WithFallbackAccount(out _);
        crm.Send(WriteMessage.Create, Post("1").InThread("t").Saying(Furious));
        var first = crm.Cases().Single().Id;
        crm.ResolveCase(first);

        crm.Send(WriteMessage.Create, Post("2").InThread("t").Saying(Furious));

        var second = crm.Cases().Single(@case => @case.Id != first).Id;
        Assert.AreEqual(second, crm.ConversationOf("2").GetAttributeValue<EntityReference>(ConversationTable.Case).Id);
    }

    [TestMethod]
    public void A_blocked_profiles_mentions_are_stored_and_never_escalate()
    {
        using var crm = WithFallbackAccount(out _);
        crm.Send(WriteMessage.Create, Post("1").By("troll").InThread("t"));
        crm.Block(crm.Profile("troll").Id);

        crm.Send(WriteMessage.UpsertMultiple,
            Post("2").By("troll").InThread("t").Saying(Furious + " I want a refund, my lawyer will call."),
            Post("3").By("troll").InThread("t").Saying(Furious),
            Post("4").By("troll").InThread("t").Saying(Furious));

        Assert.HasCount(4, crm.Mentions());
        Assert.IsEmpty(crm.Cases());
        Assert.AreEqual(3, crm.ConversationOf("4").GetAttributeValue<int>(ConversationTable.NegativeStreak));
    }

    [TestMethod]
    public void An_escalation_keyword_in_a_happy_mention_opens_a_low_priority_case()
    {
        using var crm = WithFallbackAccount(out _);

        crm.Send(WriteMessage.Create, Post("1").By("u1", "ann").Saying(HappyButRefund));

        var @case = crm.Cases().Single();
        Assert.AreEqual((int)CasePriority.Low, @case.GetAttributeValue<OptionSetValue>(Incident.Priority).Value);
        Assert.AreEqual("X conversation with @ann mentions \"refund\": Love it! How do I get a refund for the old one?", @case.GetAttributeValue<string>(Incident.Title));
    }

    [TestMethod]
    public void Three_mildly_negative_mentions_in_a_row_escalate_on_the_third()
    {
        using var crm = WithFallbackAccount(out _);
        crm.Send(WriteMessage.Create, Post("1").InThread("t").Saying(Grumbling).At(SocialCrmFixture.Now.AddHours(-3)));
        crm.Send(WriteMessage.Create, Post("2").InThread("t").Saying(Grumbling).At(SocialCrmFixture.Now.AddHours(-2)));
        Assert.IsEmpty(crm.Cases(), "two in a row");

        crm.Send(WriteMessage.Create, Post("3").InThread("t").Saying(Grumbling).At(SocialCrmFixture.Now.AddHours(-1)));

        Assert.HasCount(1, crm.Cases());
        StringAssert.Contains(crm.ConversationOf("3").GetAttributeValue<string>(ConversationTable.EscalationReason), "negative streak 3 ≥ 3");
    }

    [TestMethod]
    public void Our_own_outbound_reply_never_escalates()
    {
        using var crm = WithFallbackAccount(out _);
        crm.Send(WriteMessage.Create, Post("1").InThread("t"));

        crm.Send(WriteMessage.Create, Post("2").By("brand").Saying(Furious + " refund").Outbound(crm.ConversationOf("1").Id));

        Assert.IsEmpty(crm.Cases());
    }

    private static SocialCrmDataverse WithFallbackAccount(out Guid account)
    {
        var crm = SocialCrmFixture.Start().Build();
        account = crm.CreateAccount("Social care");
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, account.ToString());
        return crm;
    }
}
