using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Escalation;

/// <summary>Issue #18: rules as admins write them; the first active rule, in order, that matches decides.</summary>
[TestClass]
public sealed class EscalationRuleSetTests
{
    private static readonly Guid AccountId = new Guid("dddddddd-0000-0000-0000-000000000002");

    [TestMethod]
    public void The_reason_names_the_rule_and_every_condition_that_held()
    {
        var rules = Set(Rule("Influencer complaint", new RuleConditions(sentimentAtOrBelow: -0.6, influenceAtOrAbove: 60)));

        var decision = rules.Decide(Context(score: -0.82, influence: 71));

        Assert.AreEqual("Rule \"Influencer complaint\": sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60.", decision.Reason);
        Assert.AreEqual("Influencer complaint", decision.RuleName);
    }

    [TestMethod]
    [DataRow(-0.6, 60, true, DisplayName = "sentiment at the threshold, influence at the minimum")]
    [DataRow(-0.59, 90, false, DisplayName = "sentiment above the threshold")]
    [DataRow(-0.9, 59, false, DisplayName = "influence below the minimum")]
    public void Every_condition_must_hold(double score, int influence, bool escalates)
    {
        var rules = Set(Rule("r", new RuleConditions(sentimentAtOrBelow: -0.6, influenceAtOrAbove: 60)));

        Assert.AreEqual(escalates, rules.Decide(Context(score: score, influence: influence)).Escalate);
    }

    [TestMethod]
    [DataRow(9_999, false, false, DisplayName = "too few followers")]
    [DataRow(10_000, false, true, DisplayName = "enough followers")]
    public void Followers_at_or_above_matches_big_accounts(int followers, bool verified, bool escalates)
    {
        var rules = Set(Rule("big", new RuleConditions(followersAtOrAbove: 10_000)));

        var decision = rules.Decide(Context(score: 0.5, followers: followers, verified: verified));

        Assert.AreEqual(escalates, decision.Escalate, decision.Reason);
        if (escalates)
        {
            StringAssert.Contains(decision.Reason, "followers 10000 ≥ 10000");
        }
    }

    [TestMethod]
    public void Verified_author_only_skips_unverified_authors()
    {
        var rules = Set(Rule("verified", new RuleConditions(verifiedAuthorOnly: true, sentimentAtOrBelow: 0)));

        Assert.IsFalse(rules.Decide(Context(score: -0.5)).Escalate);
        Assert.AreEqual("Rule \"verified\": sentiment −0.50 ≤ 0.00 and verified author.", rules.Decide(Context(score: -0.5, verified: true)).Reason);
    }

    [TestMethod]
    [DataRow("refund;lawyer", false, "I want my REFUND", true, DisplayName = "any keyword, any case")]
    [DataRow("refund;lawyer", true, "I want my refund", false, DisplayName = "all keywords: one missing")]
    [DataRow("refund;lawyer", true, "Refund now or my lawyer calls", true, DisplayName = "all keywords present")]
    [DataRow("reembolso", false, "Quiero un reembolsó ya", true, DisplayName = "accents ignored")]
    [DataRow("#fail", false, "Big #FAIL today", true, DisplayName = "hashtag")]
    [DataRow("refund", false, "nonrefundable fares", false, DisplayName = "whole words only")]
    public void Keywords_match_whole_words_ignoring_case_and_accents(string keywords, bool all, string text, bool escalates)
    {
        var rules = Set(Rule("words", new RuleConditions(keywords: EscalationKeywords.Parse(keywords), matchAllKeywords: all)));

        Assert.AreEqual(escalates, rules.Decide(Context(score: 0.5, text: text)).Escalate);
    }

    [TestMethod]
    public void A_rule_needing_every_keyword_names_them_all_in_its_reason_and_one_needing_any_names_the_one_found()
    {
        var all = Set(Rule("all words", new RuleConditions(sentimentAbove: 0, keywords: EscalationKeywords.Parse("refund;lawyer"), matchAllKeywords: true)));
        var any = Set(Rule("any word", new RuleConditions(keywords: EscalationKeywords.Parse("refund;lawyer"))));

        Assert.AreEqual("Rule \"all words\": sentiment 0.50 > 0.00 and keywords \"refund\", \"lawyer\".",
            all.Decide(Context(score: 0.5, text: "Refund now or my lawyer calls")).Reason);
        Assert.AreEqual("Rule \"any word\": keyword \"lawyer\".", any.Decide(Context(score: 0.5, text: "my lawyer calls")).Reason);
    }

    [TestMethod]
    public void Negative_streak_at_least_counts_the_conversations_streak()
    {
        var rules = Set(Rule("streak", new RuleConditions(negativeStreakAtLeast: 3)));

        Assert.IsFalse(rules.Decide(Context(score: -0.2, streak: 2)).Escalate);
        Assert.AreEqual("Rule \"streak\": negative streak 3 ≥ 3.", rules.Decide(Context(score: -0.2, streak: 3)).Reason);
    }

    [TestMethod]
    public void The_first_matching_rule_in_order_wins_whatever_order_they_are_given_in()
    {
        var rules = Set(
            Rule("later", new RuleConditions(sentimentAtOrBelow: 0), order: 20),
            Rule("first", new RuleConditions(sentimentAtOrBelow: -0.5), order: 10));

        Assert.AreEqual("first", rules.Decide(Context(score: -0.9)).RuleName);
        Assert.AreEqual("later", rules.Decide(Context(score: -0.1)).RuleName);
    }

    [TestMethod]
    public void A_rule_limited_to_networks_and_kinds_of_mention_skips_the_others()
    {
        var rules = Set(Rule("private X", new RuleConditions(sentimentAtOrBelow: 0), scope: RuleScope.Parse("X", "private")));

        Assert.IsTrue(rules.Decide(Context(score: -0.5, messageType: MessageType.PrivateMessage)).Escalate);
        Assert.IsFalse(rules.Decide(Context(score: -0.5, messageType: MessageType.PublicPost)).Escalate);
        Assert.IsFalse(rules.Decide(Context(score: -0.5, messageType: null)).Escalate, "a kind the source did not say is not guessed");
        Assert.IsFalse(rules.Decide(Context(score: -0.5, platform: SocialPlatform.Facebook, messageType: MessageType.PrivateMessage)).Escalate);
    }

    [TestMethod]
    public void No_matching_rule_says_so()
    {
        var decision = Set(Rule("r", new RuleConditions(sentimentAtOrBelow: -0.9))).Decide(Context(score: 0.1));

        Assert.IsFalse(decision.Escalate);
        Assert.AreEqual("None of the 1 active escalation rules matches.", decision.Reason);
    }

    [TestMethod]
    public void A_raise_priority_rule_escalates_without_a_case()
    {
        var rules = Set(Rule("watch", new RuleConditions(sentimentAtOrBelow: -0.3), action: new RuleAction(EscalationAction.RaisePriority, ConversationPriority.Urgent)));

        var decision = rules.Decide(Context(score: -0.5));

        Assert.AreEqual((true, EscalationAction.RaisePriority, ConversationPriority.Urgent), (decision.Escalate, decision.Action, decision.Priority!.Value));
        Assert.IsNull(decision.Case);
    }

    [TestMethod]
    public void A_case_rule_opens_a_case_of_its_priority_with_its_title_for_the_fallback_account()
    {
        var action = new RuleAction(EscalationAction.CreateCase, ConversationPriority.Urgent, CaseTitleTemplate.Parse("{platform} complaint by {author}: {text:12}"));
        var rules = Set(Rule("r", new RuleConditions(sentimentAtOrBelow: -0.3), action: action));

        var decision = rules.Decide(Context(score: -0.5, text: "My parcel was lost twice"));

        Assert.AreEqual("X complaint by @jane: My parcel…", decision.Case!.Title);
        Assert.AreEqual(CasePriority.High, decision.Case.Priority, "incident has no Urgent");
        Assert.AreEqual(AccountId, decision.Case.CustomerAccountId);
    }

    [TestMethod]
    [DataRow("{author} {nope}", "{nope} is not a placeholder", DisplayName = "unknown placeholder")]
    [DataRow("{author", "is never closed", DisplayName = "brace left open")]
    [DataRow("{text:0}", "needs a length from 2 to 200", DisplayName = "bad length")]
    public void A_title_template_that_cannot_be_filled_is_refused_naming_the_column(string template, string message)
    {
        var error = Assert.ThrowsExactly<InvalidEscalationRuleException>(() => CaseTitleTemplate.Parse(template));

        Assert.AreEqual(EscalationRuleTable.CaseTitle, error.Column);
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    public void A_rule_without_a_condition_is_refused_because_it_would_escalate_everything()
    {
        var error = Assert.ThrowsExactly<InvalidEscalationRuleException>(() => Rule("all", new RuleConditions()));

        StringAssert.Contains(error.Message, "has no condition");
    }

    [TestMethod]
    [DataRow("X;Twitter", null, EscalationRuleTable.Platforms, "'Twitter' is not a network", DisplayName = "unknown network")]
    [DataRow(null, "public;dm", EscalationRuleTable.MessageTypes, "'dm' is not a kind of mention", DisplayName = "unknown kind of mention")]
    public void An_unknown_name_in_a_scope_list_is_refused_naming_the_column(string? platforms, string? types, string column, string message)
    {
        var error = Assert.ThrowsExactly<InvalidEscalationRuleException>(() => RuleScope.Parse(platforms, types));

        Assert.AreEqual(column, error.Column);
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    public void An_open_case_stops_every_rule()
    {
        var rules = Set(Rule("r", new RuleConditions(sentimentAtOrBelow: 0)));

        Assert.IsFalse(rules.Decide(Context(score: -1, openCase: true)).Escalate);
    }

    private static EscalationRuleSet Set(params EscalationRule[] rules) => new EscalationRuleSet(rules, AccountId);

    private static EscalationRule Rule(string name, RuleConditions conditions, int order = 10, RuleScope? scope = null, RuleAction? action = null) =>
        new EscalationRule(name, order, scope ?? RuleScope.Everywhere, conditions, action ?? new RuleAction(EscalationAction.CreateCase, ConversationPriority.Normal));

    private static EscalationContext Context(
        double score,
        string? text = "text",
        int influence = 0,
        int followers = 0,
        bool verified = false,
        int streak = 0,
        bool openCase = false,
        SocialPlatform platform = SocialPlatform.X,
        MessageType? messageType = MessageType.PublicPost) =>
        new EscalationContext(
            new EscalatingMention(platform, MentionDirection.Inbound, score, text, messageType: messageType),
            new EscalatingAuthor(influence, blocked: false, handle: "jane", followers: followers, verified: verified),
            new EscalatingConversation(streak, openCase));
}
