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
/// Issue #18: where a rule's case goes (a Dataverse queue through AddToQueue, an owner team), its case type, and the
/// conversation's lookup to the rule that fired.
/// </summary>
[TestClass]
public sealed class EscalationRuleRoutingTests
{
    private const string Furious = "This is the worst service ever. Absolutely terrible!";

    [TestMethod]
    public void A_rule_with_a_queue_puts_its_case_in_that_queue()
    {
        using var crm = WithFallbackAccount();
        var queue = crm.CreateQueue("Social care");
        crm.SaveRule(Negative("To the social care queue").With(Rule.Queue, new EntityReference(StandardTables.Queue.LogicalName, queue)));

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        var item = crm.QueueItems().Single();
        Assert.AreEqual(queue, item.GetAttributeValue<EntityReference>("queueid").Id);
        Assert.AreEqual(crm.Cases().Single().ToEntityReference(), item.GetAttributeValue<EntityReference>("objectid"));
    }

    [TestMethod]
    public void A_rule_without_a_queue_leaves_its_case_out_of_every_queue()
    {
        using var crm = WithFallbackAccount();
        crm.CreateQueue("Social care");
        crm.SaveRule(Negative("No routing"));

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        Assert.HasCount(1, crm.Cases());
        Assert.IsEmpty(crm.QueueItems());
    }

    [TestMethod]
    public void A_rule_with_an_owner_team_gives_its_case_to_that_team()
    {
        using var crm = WithFallbackAccount();
        var team = crm.CreateTeam("Social care");
        crm.SaveRule(Negative("To the social care team").With(Rule.OwnerTeam, new EntityReference(StandardTables.Team.LogicalName, team)));

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        Assert.AreEqual(new EntityReference(StandardTables.Team.LogicalName, team), crm.Cases().Single().GetAttributeValue<EntityReference>(Incident.Owner));
    }

    [TestMethod]
    [DataRow(CaseType.Question, 1, DisplayName = "Question is incident's 1")]
    [DataRow(CaseType.Problem, 2, DisplayName = "Problem is incident's 2")]
    [DataRow(CaseType.Request, 3, DisplayName = "Request is incident's 3")]
    public void A_rule_with_a_case_type_opens_a_case_of_that_type(CaseType type, int casetypecode)
    {
        using var crm = WithFallbackAccount();
        crm.SaveRule(Negative("Typed").With(Rule.CaseType, new OptionSetValue((int)type)));

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        Assert.AreEqual(casetypecode, crm.Cases().Single().GetAttributeValue<OptionSetValue>(Incident.CaseType).Value);
    }

    [TestMethod]
    public void The_conversation_links_to_the_rule_that_fired_beside_the_reason()
    {
        using var crm = WithFallbackAccount();
        crm.SaveRule(Negative("First", order: 10).With(Rule.FollowersAtOrAbove, 1_000_000));
        var fired = crm.SaveRule(Negative("Second", order: 20));

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        var conversation = crm.ConversationOf("1");
        Assert.AreEqual(new EntityReference(Rule.LogicalName, fired), conversation.GetAttributeValue<EntityReference>(Conversation.EscalationRule));
        StringAssert.StartsWith(conversation.GetAttributeValue<string>(Conversation.EscalationReason), "Rule \"Second\":");
    }

    [TestMethod]
    public void A_rule_naming_a_queue_that_does_not_exist_is_refused_on_save()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var missing = Guid.NewGuid();

        var error = SocialCrmDataverse.Rejection(() => crm.SaveRule(Negative("Lost").With(Rule.Queue, new EntityReference(StandardTables.Queue.LogicalName, missing))));

        StringAssert.Contains(error, $"queue With Id = {missing} Does Not Exist");
    }

    private static Entity Negative(string name, int order = 10) =>
        new Entity(Rule.LogicalName)
        {
            [Rule.PrimaryName] = name,
            [Rule.Order] = order,
            [Rule.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [Rule.Priority] = new OptionSetValue((int)ConversationPriority.Normal),
            [Rule.SentimentAtOrBelow] = -0.5m,
        };

    private static SocialCrmDataverse WithFallbackAccount()
    {
        var crm = SocialCrmFixture.Start().Build();
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, crm.CreateAccount("Social care").ToString());
        return crm;
    }
}
