using System;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.EscalateWaitingConversations;
using Rule = SocialCrm.Plugins.Schema.EscalationRuleTable;

namespace SocialCrm.Plugins.Tests.CustomApis;

/// <summary>
/// Issue #18, "no reply within N hours": the scheduled re-evaluation (scrm_EscalateWaitingConversations, called by the
/// worker's scheduler) escalates a conversation whose customer waited too long, once, and leaves answered ones alone.
/// The environment's clock is the test's.
/// </summary>
[TestClass]
public sealed class EscalateWaitingConversationsApiTests
{
    // Neutral: no seed rule escalates it when it arrives.
    private const string Question = "Hello, a question about my order number 4711.";

    [TestMethod]
    public void A_conversation_that_waited_one_hour_past_the_rule_escalates_once_and_a_second_run_opens_no_second_case()
    {
        using var crm = WithWaitingRule(hours: 4);
        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").InThread("a").Saying(Question).At(SocialCrmFixture.Now));
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(5);

        var first = Run(crm);
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(6);
        var second = Run(crm);

        Assert.AreEqual((1, 1), ((int)first[Api.Waiting], (int)first[Api.Escalated]));
        Assert.AreEqual(0, (int)second[Api.Escalated]);
        var @case = crm.Cases().Single();
        Assert.AreEqual("@kim is waiting for a reply", @case.GetAttributeValue<string>(StandardTables.Incident.Title));
        var conversation = crm.ConversationOf("1");
        Assert.AreEqual(@case.Id, conversation.GetAttributeValue<EntityReference>(ConversationTable.Case).Id);
        Assert.AreEqual("Rule \"No reply within 4 hours\": no reply for 5 h ≥ 4 h.", conversation.GetAttributeValue<string>(ConversationTable.EscalationReason));
        Assert.AreEqual(SocialCrmFixture.Now.AddHours(5), conversation.GetAttributeValue<DateTime>(ConversationTable.EscalatedOn));
    }

    [TestMethod]
    public void A_waiting_conversation_escalates_only_under_a_rule_whose_hashtag_its_customers_last_message_carries()
    {
        using var crm = WithWaitingRule(hours: 4);
        crm.SaveRule(new Entity(Rule.LogicalName)
        {
            [Rule.PrimaryName] = "Order question waiting 4 hours",
            [Rule.Order] = 1,
            [Rule.NoReplyWithinHours] = 4,
            [Rule.Keywords] = "#wheresmyorder",
            [Rule.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [Rule.Priority] = new OptionSetValue((int)ConversationPriority.Urgent),
            [Rule.CaseTitle] = "{author} is waiting for an order",
        });
        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").InThread("a").Saying("Checking on my parcel #WheresMyOrder").At(SocialCrmFixture.Now));
        crm.Send(WriteMessage.Create, Post("2").By("u2", "lee").InThread("b").Saying(Question).At(SocialCrmFixture.Now));
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(5);

        Assert.AreEqual(2, (int)Run(crm)[Api.Escalated]);

        Assert.AreEqual("Rule \"Order question waiting 4 hours\": no reply for 5 h ≥ 4 h and keyword \"#wheresmyorder\".",
            crm.ConversationOf("1").GetAttributeValue<string>(ConversationTable.EscalationReason));
        Assert.AreEqual("Rule \"No reply within 4 hours\": no reply for 5 h ≥ 4 h.", crm.ConversationOf("2").GetAttributeValue<string>(ConversationTable.EscalationReason),
            "the order rule comes first, but lee's message has no #wheresmyorder");
        CollectionAssert.AreEquivalent(new[] { "@kim is waiting for an order", "@lee is waiting for a reply" },
            crm.Cases().Select(c => c.GetAttributeValue<string>(StandardTables.Incident.Title)).ToArray());
    }

    [TestMethod]
    public void A_conversation_answered_in_time_does_not_escalate()
    {
        using var crm = WithWaitingRule(hours: 4);
        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").InThread("a").Saying(Question).At(SocialCrmFixture.Now));
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(1);
        crm.Send(WriteMessage.Create, Post("2").By("brand", "ourbrand").Saying("Happy to help, Kim!").At(SocialCrmFixture.Now.AddHours(1)).Outbound(crm.ConversationOf("1").Id));
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(5);

        var response = Run(crm);

        Assert.AreEqual(0, (int)response[Api.Escalated]);
        Assert.IsEmpty(crm.Cases());
    }

    [TestMethod]
    public void A_conversation_still_within_the_rules_hours_does_not_escalate_yet()
    {
        using var crm = WithWaitingRule(hours: 4);
        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").InThread("a").Saying(Question).At(SocialCrmFixture.Now));
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(3);

        Assert.AreEqual(0, (int)Run(crm)[Api.Escalated]);
        Assert.IsEmpty(crm.Cases());
    }

    [TestMethod]
    [DataRow(1, DisplayName = "one waiting conversation")]
    [DataRow(25, DisplayName = "twenty-five waiting conversations")]
    public void A_run_reads_rules_conversations_last_messages_and_authors_in_four_queries_whatever_the_number_waiting(int waiting)
    {
        using var crm = WithWaitingRule(hours: 4);
        crm.Send(WriteMessage.UpsertMultiple, Enumerable.Range(0, waiting)
            .Select(n => Post(n.ToString(CultureInfo.InvariantCulture)).By("u" + n.ToString(CultureInfo.InvariantCulture)).InThread("t" + n.ToString(CultureInfo.InvariantCulture))
                .Saying(Question).At(SocialCrmFixture.Now).Build())
            .ToArray());
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddHours(5);
        crm.Calls.Clear();

        Assert.AreEqual(waiting, (int)Run(crm)[Api.Escalated]);
        Assert.AreEqual(4, crm.Calls.Calls.Count(call => call.FromPlugin && call.MessageName == "RetrieveMultiple"
            && call.PrimaryEntity is Rule.LogicalName or ConversationTable.LogicalName or SocialProfileTable.LogicalName or MentionTable.LogicalName));
    }

    private static OrganizationResponse Run(SocialCrmDataverse crm) => crm.Service.Execute(new OrganizationRequest(Api.Name));

    private static SocialCrmDataverse WithWaitingRule(int hours)
    {
        var crm = SocialCrmFixture.Start().Build();
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, crm.CreateAccount("Social care").ToString());
        crm.SaveRule(new Entity(Rule.LogicalName)
        {
            [Rule.PrimaryName] = $"No reply within {hours} hours",
            [Rule.Order] = 5,
            [Rule.NoReplyWithinHours] = hours,
            [Rule.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [Rule.Priority] = new OptionSetValue((int)ConversationPriority.High),
            [Rule.CaseTitle] = "{author} is waiting for a reply",
        });
        return crm;
    }
}
