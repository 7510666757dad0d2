using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// The escalation behaviour of the environment variables, written as rules: what applies while no scrm_escalationrule
/// is active, so an environment behaves as before until an admin writes rules. The signals are a sentiment at or below
/// scrm_EscalationSentimentThreshold weighted by influence, a keyword of scrm_EscalationKeywords, and a negative streak
/// of scrm_NegativeStreakLength (0: off). A case is High for an influential author (influence at least
/// <see cref="HighPriorityInfluence"/>) or when two signals meet, Low when only a keyword appears in a positive mention
/// (a question about a refund, not a complaint), Normal otherwise; first match wins, so the High rules come first.
/// </summary>
public static class SeedEscalationRules
{
    public const int HighPriorityInfluence = 60;

    private const string NegativeTitle = "Negative {platform} conversation with {author}: {subject}";
    private const string KeywordTitle = "{platform} conversation with {author} mentions \"{keyword}\": {subject}";

    public static IReadOnlyList<EscalationRule> From(SocialCrmSettings settings)
    {
        var sentiment = new RuleConditions(sentimentAtOrBelow: settings.EscalationSentimentThreshold, weighByInfluence: true);
        var hasKeywords = settings.EscalationKeywords.Keywords.Count > 0;
        var hasStreak = settings.NegativeStreakLength > 0;
        int? streak = hasStreak ? settings.NegativeStreakLength : null;
        var keywords = hasKeywords ? settings.EscalationKeywords : null;
        var rules = new List<EscalationRule>();

        void Add(string name, RuleConditions conditions, ConversationPriority priority, string title) =>
            rules.Add(new EscalationRule(name, (rules.Count + 1) * 10, RuleScope.Everywhere, conditions,
                new RuleAction(EscalationAction.CreateCase, priority, CaseTitleTemplate.Parse(title))));

        RuleConditions With(int? influence = null, bool negative = false, bool keyword = false, bool inStreak = false, double? above = null) =>
            new RuleConditions(
                sentimentAtOrBelow: negative ? sentiment.SentimentAtOrBelow : null,
                weighByInfluence: negative,
                sentimentAbove: above,
                influenceAtOrAbove: influence,
                keywords: keyword ? keywords : null,
                negativeStreakAtLeast: inStreak ? streak : null);

        Add("Negative mention from an influential author", With(influence: HighPriorityInfluence, negative: true), ConversationPriority.High, NegativeTitle);
        if (hasStreak)
        {
            Add("Negative streak with an influential author", With(influence: HighPriorityInfluence, inStreak: true), ConversationPriority.High, NegativeTitle);
            Add("Negative mention in a negative streak", With(negative: true, inStreak: true), ConversationPriority.High, NegativeTitle);
        }

        if (hasKeywords)
        {
            Add("Negative mention with an escalation keyword", With(negative: true, keyword: true), ConversationPriority.High, NegativeTitle);
            if (hasStreak)
            {
                Add("Escalation keyword in a negative streak", With(keyword: true, inStreak: true), ConversationPriority.High, NegativeTitle);
            }

            Add("Escalation keyword from an influential author", With(influence: HighPriorityInfluence, keyword: true), ConversationPriority.High, KeywordTitle);
        }

        Add("Negative mention", With(negative: true), ConversationPriority.Normal, NegativeTitle);
        if (hasStreak)
        {
            Add("Negative streak", With(inStreak: true), ConversationPriority.Normal, NegativeTitle);
        }

        if (hasKeywords)
        {
            Add("Escalation keyword in a positive mention", With(keyword: true, above: 0), ConversationPriority.Low, KeywordTitle);
            Add("Escalation keyword", With(keyword: true), ConversationPriority.Normal, KeywordTitle);
        }

        return rules;
    }
}
