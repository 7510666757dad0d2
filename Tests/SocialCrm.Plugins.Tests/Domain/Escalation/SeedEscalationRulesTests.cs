using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Dataverse.Local.ConfigurationData;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Plugins.Tests.Domain.Escalation;

/// <summary>
/// Issue #18: the escalation tests written for the environment variables, run against the seed rules the solution ships
/// as data (the Configuration Migration tool package the build writes beside the solution zips), so behaviour out of the
/// box is unchanged (cases, priorities, titles, customers), with the rule-based reasons.
/// </summary>
[TestClass]
public sealed class SeedEscalationRulesTests
{
    private static readonly Guid ContactId = new Guid("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid AccountId = new Guid("dddddddd-0000-0000-0000-000000000002");

    private static readonly EscalationRuleSet Rules = Seeded(fallbackCaseAccountId: null);

    [TestMethod]
    [DataRow(MentionDirection.Outbound, false, false, "Outbound mentions never escalate.", DisplayName = "outbound")]
    [DataRow(MentionDirection.Inbound, true, false, "The author's profile is blocked: its mentions never escalate.", DisplayName = "blocked author")]
    [DataRow(MentionDirection.Inbound, false, true, "The conversation already has an open case.", DisplayName = "open case")]
    public void Mention_that_every_rule_would_escalate_does_not_when_a_guard_applies(
        MentionDirection direction, bool blocked, bool openCase, string reason)
    {
        var context = Context(score: -1.0, text: "Fraud! I am calling my lawyer", streak: 10, influence: 100,
            direction: direction, blocked: blocked, openCase: openCase);

        var decision = Rules.Decide(context);

        Assert.IsFalse(decision.Escalate);
        Assert.AreEqual(reason, decision.Reason);
        Assert.IsNull(decision.RuleName);
        Assert.IsNull(decision.Case);
    }

    [TestMethod]
    [DataRow(0, -0.6, DisplayName = "unknown author: the threshold itself")]
    [DataRow(50, -0.45, DisplayName = "half influence: three quarters")]
    [DataRow(100, -0.3, DisplayName = "most influential: half")]
    [DataRow(150, -0.3, DisplayName = "influence above 100 counts as 100")]
    [DataRow(-20, -0.6, DisplayName = "influence below 0 counts as 0")]
    public void Effective_threshold_moves_towards_zero_with_influence(int influence, double expected)
    {
        Assert.AreEqual(expected, RuleConditions.Weighted(-0.6, influence), 1e-12);
    }

    [TestMethod]
    [DataRow(-0.6, 0, true, DisplayName = "exactly at the threshold")]
    [DataRow(-0.59, 0, false, DisplayName = "just above the threshold")]
    [DataRow(-0.3, 100, true, DisplayName = "influential author: exactly at the weighted threshold")]
    [DataRow(-0.29, 100, false, DisplayName = "influential author: just above the weighted threshold")]
    [DataRow(-0.4, 0, false, DisplayName = "mild complaint from an unknown author")]
    [DataRow(-0.4, 80, true, DisplayName = "the same complaint from an influential author")]
    public void Sentiment_at_or_below_the_influence_weighted_threshold_escalates(double score, int influence, bool escalates)
    {
        var decision = Rules.Decide(Context(score: score, influence: influence));

        Assert.AreEqual(escalates, decision.Escalate, decision.Reason);
        if (escalates)
        {
            StringAssert.StartsWith(decision.RuleName, "Negative mention");
        }
    }

    [TestMethod]
    public void Sentiment_reason_shows_the_score_and_the_weighted_threshold()
    {
        var decision = Rules.Decide(Context(score: -0.8, influence: 50));

        Assert.AreEqual("Rule \"Negative mention\": sentiment −0.80 ≤ −0.45 (−0.60 weighted by influence 50).", decision.Reason);
    }

    [TestMethod]
    public void Escalation_keyword_escalates_a_mention_that_is_not_negative()
    {
        var decision = Rules.Decide(Context(score: 0.3, text: "How do I get a Refund for order 42?"));

        Assert.IsTrue(decision.Escalate);
        Assert.AreEqual("Rule \"Escalation keyword in a positive mention\": sentiment 0.30 > 0.00 and keyword \"refund\".", decision.Reason);
    }

    [TestMethod]
    public void Keyword_inside_another_word_does_not_escalate()
    {
        Assert.IsFalse(Rules.Decide(Context(score: 0.3, text: "Your refunds policy is great, nonrefundable too")).Escalate);
    }

    [TestMethod]
    [DataRow(3, true, DisplayName = "streak reaches three")]
    [DataRow(4, true, DisplayName = "streak past three")]
    [DataRow(2, false, DisplayName = "streak below three")]
    public void Negative_streak_of_three_escalates(int streak, bool escalates)
    {
        var decision = Rules.Decide(Context(score: -0.3, streak: streak));

        Assert.AreEqual(escalates, decision.Escalate, decision.Reason);
        if (escalates)
        {
            Assert.AreEqual($"Rule \"Negative streak\": negative streak {streak} ≥ 3.", decision.Reason);
        }
    }

    [TestMethod]
    public void Quiet_mention_says_why_it_does_not_escalate()
    {
        var decision = Rules.Decide(Context(score: -0.2, text: "meh", streak: 1));

        Assert.IsFalse(decision.Escalate);
        Assert.AreEqual("None of the 10 active escalation rules matches.", decision.Reason);
    }

    [TestMethod]
    public void The_first_matching_rule_is_the_reason()
    {
        var decision = Rules.Decide(Context(score: -0.9, text: "This is fraud", streak: 3));

        Assert.AreEqual("Rule \"Negative mention in a negative streak\": sentiment −0.90 ≤ −0.60 and negative streak 3 ≥ 3.", decision.Reason);
        Assert.AreEqual(ConversationPriority.High, decision.Priority);
    }

    [TestMethod]
    public void Reason_fits_the_escalation_reason_column()
    {
        var keyword = string.Join(" ", Enumerable.Repeat("outrage", 60));
        var rules = new EscalationRuleSet(new[]
        {
            new EscalationRule("Escalation keyword", 10, RuleScope.Everywhere, new RuleConditions(keywords: EscalationKeywords.Parse(keyword)),
                new RuleAction(EscalationAction.CreateCase, ConversationPriority.Normal)),
        }, null);

        var decision = rules.Decide(Context(score: 0.9, text: keyword));

        Assert.IsTrue(decision.Escalate);
        Assert.IsLessThanOrEqualTo(ConversationTable.EscalationReasonLength, decision.Reason.Length);
    }

    [TestMethod]
    public void Case_title_names_the_network_the_author_and_the_subject()
    {
        var decision = Rules.Decide(Context(score: -0.9, subject: "My order never arrived", handle: "@Jane"));

        Assert.AreEqual("Negative X conversation with @jane: My order never arrived", decision.Case!.Title);
    }

    [TestMethod]
    public void Keyword_case_title_names_the_keyword()
    {
        var decision = Rules.Decide(Context(score: 0.2, text: "Can I get a refund?", subject: "Can I get a refund?", handle: "jane",
            platform: SocialPlatform.Instagram));

        Assert.AreEqual("Instagram conversation with @jane mentions \"refund\": Can I get a refund?", decision.Case!.Title);
    }

    [TestMethod]
    [DataRow(null, "Jane Doe", "Negative Facebook conversation with Jane Doe", DisplayName = "display name without a handle")]
    [DataRow(null, null, "Negative Facebook conversation with an unknown author", DisplayName = "no name at all")]
    public void Case_title_falls_back_to_the_display_name(string? handle, string? displayName, string expected)
    {
        var decision = Rules.Decide(Context(score: -0.9, handle: handle, displayName: displayName, platform: SocialPlatform.Facebook, subject: null));

        Assert.AreEqual(expected, decision.Case!.Title);
    }

    [TestMethod]
    public void Long_case_title_and_description_fit_their_columns()
    {
        var longText = string.Join(" ", Enumerable.Repeat("terrible", 400));

        var decision = Rules.Decide(Context(score: -0.9, text: longText, subject: longText, handle: new string('h', 100),
            postUrl: "https://x.com/h/status/1"));

        Assert.IsLessThanOrEqualTo(StandardTables.Incident.TitleLength, decision.Case!.Title.Length);
        Assert.StartsWith("Negative X conversation with @hhh", decision.Case.Title);
        Assert.EndsWith("…", decision.Case.Title);
        Assert.IsLessThanOrEqualTo(StandardTables.Incident.DescriptionLength, decision.Case.Description.Length);
        Assert.Contains("https://x.com/h/status/1", decision.Case.Description, "the post's address survives the cut");
    }

    [TestMethod]
    public void Case_description_gives_the_reason_then_the_mention()
    {
        var decision = Rules.Decide(Context(score: -0.9, text: "Worst service ever.\nNever again.", handle: "jane", postUrl: "https://x.com/jane/status/7"));

        Assert.AreEqual(
            "Rule \"Negative mention\": sentiment −0.90 ≤ −0.60.\n\n" +
            "@jane wrote on X (https://x.com/jane/status/7):\nWorst service ever.\nNever again.",
            decision.Case!.Description);
    }

    [TestMethod]
    [DataRow(-0.9, "", 60, 0, CasePriority.High, DisplayName = "influential author")]
    [DataRow(-0.9, "", 59, 0, CasePriority.Normal, DisplayName = "one rule, ordinary author")]
    [DataRow(-0.9, "fraud", 0, 0, CasePriority.High, DisplayName = "two rules")]
    [DataRow(0.4, "refund please", 0, 0, CasePriority.Low, DisplayName = "keyword in a positive mention")]
    [DataRow(-0.1, "refund please", 0, 0, CasePriority.Normal, DisplayName = "keyword in a slightly negative mention")]
    [DataRow(-0.3, "", 0, 3, CasePriority.Normal, DisplayName = "streak alone")]
    public void Priority_reflects_influence_and_how_many_rules_fired(double score, string text, int influence, int streak, CasePriority expected)
    {
        var decision = Rules.Decide(Context(score: score, text: text, influence: influence, streak: streak));

        Assert.IsTrue(decision.Escalate);
        Assert.AreEqual(expected, decision.Case!.Priority);
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, CaseOrigin.Twitter)]
    [DataRow(SocialPlatform.Facebook, CaseOrigin.Facebook)]
    [DataRow(SocialPlatform.Instagram, CaseOrigin.Web)]
    [DataRow(SocialPlatform.LinkedIn, CaseOrigin.Web)]
    [DataRow(SocialPlatform.YouTube, CaseOrigin.Web)]
    [DataRow(SocialPlatform.Blog, CaseOrigin.Web)]
    [DataRow(SocialPlatform.Other, CaseOrigin.Web)]
    public void Case_origin_follows_the_network(SocialPlatform platform, CaseOrigin expected)
    {
        Assert.AreEqual(expected, Rules.Decide(Context(score: -0.9, platform: platform)).Case!.Origin);
        Assert.AreEqual(3986, (int)CaseOrigin.Twitter);
        Assert.AreEqual(2483, (int)CaseOrigin.Facebook);
        Assert.AreEqual(3, (int)CaseOrigin.Web);
    }

    [TestMethod]
    public void Case_customer_is_the_contact_when_there_is_one()
    {
        var rules = Seeded(AccountId);

        var decision = rules.Decide(Context(score: -0.9, contactId: ContactId));

        Assert.AreEqual(ContactId, decision.Case!.CustomerContactId);
        Assert.IsNull(decision.Case.CustomerAccountId);
        Assert.IsTrue(decision.HasCustomer);
    }

    [TestMethod]
    public void Case_customer_is_the_fallback_account_without_a_contact()
    {
        var rules = Seeded(AccountId);

        var decision = rules.Decide(Context(score: -0.9));

        Assert.IsNull(decision.Case!.CustomerContactId);
        Assert.AreEqual(AccountId, decision.Case.CustomerAccountId);
        Assert.IsTrue(decision.HasCustomer);
    }

    [TestMethod]
    public void Escalation_without_contact_or_fallback_account_has_no_customer()
    {
        var decision = Rules.Decide(Context(score: -0.9));

        Assert.IsTrue(decision.Escalate);
        Assert.IsFalse(decision.HasCustomer);
    }

    private static EscalationContext Context(
        double score,
        string? text = "text",
        int streak = 0,
        int influence = 0,
        MentionDirection direction = MentionDirection.Inbound,
        bool blocked = false,
        bool openCase = false,
        string? subject = "subject",
        string? handle = "jane",
        string? displayName = null,
        SocialPlatform platform = SocialPlatform.X,
        Guid? contactId = null,
        string? postUrl = null) =>
        new EscalationContext(
            new EscalatingMention(platform, direction, score, text, subject, postUrl),
            new EscalatingAuthor(influence, blocked, handle, displayName, contactId),
            new EscalatingConversation(streak, openCase));

    private static EscalationRuleSet Seeded(Guid? fallbackCaseAccountId) =>
        new EscalationRuleSet(
            ConfigurationDataPackage.Read(SolutionZips.Data).Tables.Single(table => table.Name == EscalationRuleTable.LogicalName).Records.Select(EscalationRuleRow.Read),
            fallbackCaseAccountId);
}
