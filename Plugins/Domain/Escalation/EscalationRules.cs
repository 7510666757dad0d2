using System;
using System.Collections.Generic;
using System.Globalization;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// Decides whether a new mention escalates its conversation to a case. Never for an outbound mention, never for a
/// blocked author, never while the conversation has an open case. Otherwise any of these escalates:
/// <list type="bullet">
/// <item>sentiment at or below the effective threshold
/// <c>threshold * (1 - 0.5 * influence / 100)</c>: with the default -0.6, an unknown author escalates at -0.6 and the
/// most influential at -0.3, because their complaint reaches more people;</item>
/// <item>an escalation keyword in the text (whole word or phrase, any case);</item>
/// <item>a negative streak of at least the configured length (0 turns this rule off).</item>
/// </list>
/// Priority: High for an influential author (influence at least <see cref="HighPriorityInfluence"/>) or when two or
/// more rules fire; Low when only a keyword fired in a positive mention (a question about a refund, not a complaint);
/// Normal otherwise. Origin: X is Twitter, Facebook is Facebook, every other network is Web.
/// </summary>
public sealed class EscalationRules
{
    public const int HighPriorityInfluence = 60;

    /// <summary>How much the most influential author moves the threshold towards 0.</summary>
    public const double InfluenceWeight = 0.5;

    private readonly SocialCrmSettings _settings;

    public EscalationRules(SocialCrmSettings settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>The sentiment threshold for an author of the given influence (clamped to 0..100).</summary>
    public double EffectiveThreshold(int influence) =>
        _settings.EscalationSentimentThreshold * (1 - (InfluenceWeight * Math.Max(0, Math.Min(100, influence)) / 100.0));

    public EscalationDecision Decide(EscalationContext context)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (context.Direction == MentionDirection.Outbound)
        {
            return EscalationDecision.No("Outbound mentions never escalate.");
        }

        if (context.AuthorBlocked)
        {
            return EscalationDecision.No("The author's profile is blocked: its mentions never escalate.");
        }

        if (context.ConversationHasOpenCase)
        {
            return EscalationDecision.No("The conversation already has an open case.");
        }

        var threshold = EffectiveThreshold(context.AuthorInfluence);
        var keyword = _settings.EscalationKeywords.FindIn(context.Text);
        var streakLength = _settings.NegativeStreakLength;
        var triggers = new List<EscalationTrigger>();
        var reasons = new List<string>();

        if (context.SentimentScore <= threshold)
        {
            triggers.Add(EscalationTrigger.Sentiment);
            reasons.Add($"Sentiment {Score(context.SentimentScore)} is at or below the threshold {Score(threshold)} " +
                $"({Score(_settings.EscalationSentimentThreshold)} weighted by influence {Number(context.AuthorInfluence)}).");
        }

        if (keyword != null)
        {
            triggers.Add(EscalationTrigger.Keyword);
            reasons.Add($"The text contains the escalation keyword \"{keyword}\".");
        }

        if (streakLength > 0 && context.NegativeStreak >= streakLength)
        {
            triggers.Add(EscalationTrigger.NegativeStreak);
            reasons.Add($"{Number(context.NegativeStreak)} negative inbound mentions in a row (the limit is {Number(streakLength)}).");
        }

        if (triggers.Count == 0)
        {
            var streakRule = streakLength > 0 ? $"the negative streak {Number(context.NegativeStreak)} is below {Number(streakLength)}" : "the streak rule is off";
            return EscalationDecision.No(
                $"No escalation rule applies: sentiment {Score(context.SentimentScore)} is above the threshold {Score(threshold)}, " +
                $"no escalation keyword, {streakRule}.");
        }

        var reason = Ellipsis.Fit(string.Join(" ", reasons), ConversationTable.EscalationReasonLength);
        var customerContact = context.ContactId;
        var customerAccount = customerContact.HasValue ? null : _settings.FallbackCaseAccountId;
        return EscalationDecision.Yes(
            reason,
            triggers,
            CaseTitle(context, triggers, keyword),
            CaseDescription(context, string.Join(" ", reasons)),
            Priority(context, triggers),
            Origin(context.Platform),
            customerContact,
            customerAccount);
    }

    /// <summary>incident caseorigincode for a network: only X and Facebook have their own origin.</summary>
    public static CaseOrigin Origin(SocialPlatform platform) =>
        platform == SocialPlatform.X ? CaseOrigin.Twitter
        : platform == SocialPlatform.Facebook ? CaseOrigin.Facebook
        : CaseOrigin.Web;

    private static CasePriority Priority(EscalationContext context, List<EscalationTrigger> triggers)
    {
        if (context.AuthorInfluence >= HighPriorityInfluence || triggers.Count > 1)
        {
            return CasePriority.High;
        }

        return triggers[0] == EscalationTrigger.Keyword && context.SentimentScore > 0 ? CasePriority.Low : CasePriority.Normal;
    }

    private static string CaseTitle(EscalationContext context, List<EscalationTrigger> triggers, string? keyword)
    {
        var about = triggers.Contains(EscalationTrigger.Sentiment) || triggers.Contains(EscalationTrigger.NegativeStreak)
            ? $"Negative {context.Platform} conversation with {Author(context)}"
            : $"{context.Platform} conversation with {Author(context)} mentions \"{keyword}\"";
        var subject = TextNormalizer.Line(context.Subject);
        return Ellipsis.Fit(subject == null ? about : about + ": " + subject, StandardTables.Incident.TitleLength);
    }

    // The post's address comes before its text so that cutting a long text to the column's length never loses it.
    private static string CaseDescription(EscalationContext context, string reasons)
    {
        var url = TextNormalizer.Line(context.PostUrl);
        var source = url == null ? string.Empty : $" ({url})";
        var mention = $"{Author(context)} wrote on {context.Platform}{source}:\n{TextNormalizer.Text(context.Text) ?? "(no text)"}";
        return Ellipsis.Fit(reasons + "\n\n" + mention, StandardTables.Incident.DescriptionLength);
    }

    private static string Author(EscalationContext context)
    {
        var handle = TextNormalizer.Handle(context.AuthorHandle);
        return handle != null ? "@" + handle : TextNormalizer.Line(context.AuthorDisplayName) ?? "an unknown author";
    }

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
