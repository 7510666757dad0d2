using System;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Incident = SocialCrm.Plugins.Schema.StandardTables.Incident;
using Rule = SocialCrm.Plugins.Schema.EscalationRuleTable;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>
/// Issue #18: admins decide with scrm_escalationrule records which posts become cases; the plug-ins read the active
/// rules once per batch and refuse a rule that cannot work when it is saved.
/// </summary>
[TestClass]
public sealed class EscalationRuleRecordTests
{
    // Sentiment: about -0.93, +0.67 and -0.42 (see EscalationTests).
    private const string Furious = "This is the worst service ever. Absolutely terrible!";
    private const string Happy = "Love it! Best update ever.";
    private const string Unimpressed = "Not impressed with the update.";

    [TestMethod]
    public void With_the_seed_rules_switched_off_an_admin_rule_alone_decides()
    {
        using var crm = WithFallbackAccount();
        crm.DeactivateAllRules();
        crm.SaveRule(NewRule("Broken device in a private message", 10, Rule.Keywords, "broken")
            .With(Rule.MessageTypes, "private")
            .With(Rule.Priority, new OptionSetValue((int)ConversationPriority.Urgent))
            .With(Rule.CaseTitle, "{platform} DM from {author}: {text:30}"));

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying(Happy + " But the screen is broken.").Set(MentionTable.MessageType, new OptionSetValue((int)MessageType.PrivateMessage)));
        crm.Send(WriteMessage.Create, Post("2").InThread("other").Saying(Furious));

        var @case = crm.Cases().Single();
        Assert.AreEqual("X DM from @kim: Love it! Best update ever.…", @case.GetAttributeValue<string>(Incident.Title));
        Assert.AreEqual((int)CasePriority.High, @case.GetAttributeValue<OptionSetValue>(Incident.Priority).Value);
        Assert.AreEqual("Rule \"Broken device in a private message\": keyword \"broken\".", crm.ConversationOf("1").GetAttributeValue<string>(ConversationTable.EscalationReason));
        Assert.AreEqual((int)ConversationPriority.Urgent, crm.ConversationOf("1").GetAttributeValue<OptionSetValue>(ConversationTable.Priority).Value);
        Assert.IsNull(crm.ConversationOf("2").GetAttributeValue<EntityReference>(ConversationTable.Case), "no rule covers it: the seed rules are switched off");
    }

    [TestMethod]
    public void An_inactive_rule_is_never_evaluated_and_the_seed_rules_apply()
    {
        using var crm = WithFallbackAccount();
        var id = crm.SaveRule(NewRule("Anything negative", 10, Rule.SentimentAtOrBelow, 0m).With(Rule.CaseTitle, "From the rule"));
        crm.SaveRule(new Entity(Rule.LogicalName, id) { [Rule.StateCode] = new OptionSetValue(1), [Rule.StatusCode] = new OptionSetValue(2) });

        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying(Furious));

        StringAssert.StartsWith(crm.Cases().Single().GetAttributeValue<string>(Incident.Title), "Negative X conversation with @kim");
        StringAssert.StartsWith(crm.ConversationOf("1").GetAttributeValue<string>(ConversationTable.EscalationReason), "Rule \"Negative mention\":");
    }

    [TestMethod]
    public void Editing_a_seed_rule_changes_what_escalates_from_the_next_mention_on()
    {
        using var crm = WithFallbackAccount();
        crm.Send(WriteMessage.Create, Post("1").InThread("a").Saying(Unimpressed));
        Assert.IsEmpty(crm.Cases(), "-0.42 is above the seed threshold of -0.6");

        crm.SaveRule(new Entity(Rule.LogicalName, crm.RuleNamed("Negative mention")) { [Rule.SentimentAtOrBelow] = -0.4m });
        crm.Send(WriteMessage.Create, Post("2").InThread("b").Saying(Unimpressed));

        Assert.HasCount(1, crm.Cases());
        StringAssert.StartsWith(crm.ConversationOf("2").GetAttributeValue<string>(ConversationTable.EscalationReason), "Rule \"Negative mention\": sentiment −0.42 ≤ −0.40");
    }

    [TestMethod]
    public void The_rule_with_the_lowest_order_wins()
    {
        using var crm = WithFallbackAccount();
        crm.SaveRule(NewRule("Second", 20, Rule.SentimentAtOrBelow, -0.5m).With(Rule.CaseTitle, "second"));
        crm.SaveRule(NewRule("First", 10, Rule.SentimentAtOrBelow, -0.5m).With(Rule.CaseTitle, "first"));

        crm.Send(WriteMessage.Create, Post("1").Saying(Furious));

        Assert.AreEqual("first", crm.Cases().Single().GetAttributeValue<string>(Incident.Title));
    }

    [TestMethod]
    public void A_raise_priority_rule_records_why_and_raises_the_priority_without_a_case()
    {
        using var crm = WithFallbackAccount();
        crm.SaveRule(NewRule("Watch big accounts", 10, Rule.FollowersAtOrAbove, 1000)
            .With(Rule.Action, new OptionSetValue((int)EscalationAction.RaisePriority))
            .With(Rule.Priority, new OptionSetValue((int)ConversationPriority.High)));

        crm.Send(WriteMessage.Create, Post("1").Followers(5000).Saying(Happy));

        var conversation = crm.ConversationOf("1");
        Assert.IsEmpty(crm.Cases());
        Assert.AreEqual((int)ConversationPriority.High, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.Priority).Value);
        Assert.AreEqual("Rule \"Watch big accounts\": followers 5000 ≥ 1000.", conversation.GetAttributeValue<string>(ConversationTable.EscalationReason));
    }

    [TestMethod]
    public void A_batch_reads_the_rules_once_whatever_its_size()
    {
        using var crm = WithFallbackAccount();
        crm.SaveRule(NewRule("Negative", 10, Rule.SentimentAtOrBelow, -0.5m));
        crm.Calls.Clear();

        crm.Send(WriteMessage.UpsertMultiple, Enumerable.Range(0, 50).Select(n => Post("p" + n.ToString(CultureInfo.InvariantCulture)).InThread("t" + n.ToString(CultureInfo.InvariantCulture)).Saying(Furious).Build()).ToArray());

        Assert.HasCount(50, crm.Cases());
        Assert.AreEqual(1, crm.Calls.Calls.Count(call => call.FromPlugin && call.MessageName == "RetrieveMultiple" && call.PrimaryEntity == Rule.LogicalName));
    }

    [TestMethod]
    [DataRow(null, null, "has no condition", DisplayName = "no condition at all")]
    [DataRow(Rule.Keywords, " ; ; ", "scrm_keywords: ' ; ; ' holds no keyword", DisplayName = "a keyword list that cannot match")]
    [DataRow(Rule.Platforms, "X;Twitter", "scrm_platforms: 'Twitter' is not a network", DisplayName = "an unknown network")]
    [DataRow(Rule.CaseTitle, "{author} {nope}", "{nope} is not a placeholder", DisplayName = "an unknown placeholder")]
    public void A_rule_that_cannot_work_is_refused_on_save_with_a_clear_message(string? column, string? value, string message)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var rule = NewRule("Bad", 10, Rule.NegativeStreakAtLeast, 3);
        rule.Attributes.Remove(Rule.NegativeStreakAtLeast);
        if (column != null)
        {
            rule[column] = value;
        }

        var error = SocialCrmDataverse.Rejection(() => crm.SaveRule(rule));

        StringAssert.Contains(error, message);
    }

    [TestMethod]
    public void An_update_that_leaves_a_rule_without_a_condition_is_refused()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var id = crm.SaveRule(NewRule("Streak", 10, Rule.NegativeStreakAtLeast, 3));

        var error = SocialCrmDataverse.Rejection(() => crm.SaveRule(new Entity(Rule.LogicalName, id) { [Rule.NegativeStreakAtLeast] = null }));

        StringAssert.Contains(error, "has no condition");
    }

    private static Entity NewRule(string name, int order, string condition, object value) =>
        new Entity(Rule.LogicalName)
        {
            [Rule.PrimaryName] = name,
            [Rule.Order] = order,
            [Rule.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [Rule.Priority] = new OptionSetValue((int)ConversationPriority.Normal),
            [condition] = value,
        };

    private static SocialCrmDataverse WithFallbackAccount()
    {
        var crm = SocialCrmFixture.Start().Build();
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, crm.CreateAccount("Social care").ToString());
        return crm;
    }
}
