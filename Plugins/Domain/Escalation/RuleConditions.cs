using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// What a mention must show for a rule to fire. Every condition that is set must hold; one that is not set takes no
/// part. With <see cref="WeighByInfluence"/> the sentiment threshold moves towards 0 as the author's influence grows
/// (<c>threshold * (1 - 0.5 * influence / 100)</c>): an unknown author escalates at -0.6, the most influential at
/// -0.3, because their complaint reaches more people.
/// </summary>
public sealed class RuleConditions
{
    /// <summary>How much the most influential author moves the threshold towards 0.</summary>
    public const double InfluenceWeight = 0.5;

    public RuleConditions(
        double? sentimentAtOrBelow = null,
        bool weighByInfluence = false,
        double? sentimentAbove = null,
        int? influenceAtOrAbove = null,
        int? followersAtOrAbove = null,
        bool verifiedAuthorOnly = false,
        EscalationKeywords? keywords = null,
        bool matchAllKeywords = false,
        int? negativeStreakAtLeast = null,
        int? noReplyWithinHours = null)
    {
        NoReplyWithinHours = noReplyWithinHours;
        SentimentAtOrBelow = sentimentAtOrBelow;
        WeighByInfluence = weighByInfluence;
        SentimentAbove = sentimentAbove;
        InfluenceAtOrAbove = influenceAtOrAbove;
        FollowersAtOrAbove = followersAtOrAbove;
        VerifiedAuthorOnly = verifiedAuthorOnly;
        Keywords = keywords ?? EscalationKeywords.None;
        MatchAllKeywords = matchAllKeywords;
        NegativeStreakAtLeast = negativeStreakAtLeast;
    }

    public double? SentimentAtOrBelow { get; }

    public bool WeighByInfluence { get; }

    public double? SentimentAbove { get; }

    public int? InfluenceAtOrAbove { get; }

    public int? FollowersAtOrAbove { get; }

    public bool VerifiedAuthorOnly { get; }

    public EscalationKeywords Keywords { get; }

    public bool MatchAllKeywords { get; }

    public int? NegativeStreakAtLeast { get; }

    /// <summary>The customer's last message has waited at least this many hours with no reply.</summary>
    public int? NoReplyWithinHours { get; }

    /// <summary>No condition is set: such a rule would fire on every mention, so it is refused.</summary>
    public bool IsEmpty =>
        !SentimentAtOrBelow.HasValue && !SentimentAbove.HasValue && !InfluenceAtOrAbove.HasValue && !FollowersAtOrAbove.HasValue
        && !VerifiedAuthorOnly && Keywords.Keywords.Count == 0 && !NegativeStreakAtLeast.HasValue && !NoReplyWithinHours.HasValue;

    /// <summary>The sentiment threshold for an author of the given influence (clamped to 0..100).</summary>
    public static double Weighted(double threshold, int influence) =>
        threshold * (1 - (InfluenceWeight * Math.Max(0, Math.Min(100, influence)) / 100.0));

    /// <summary>What matched, readable ("sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60"); null when a condition fails.</summary>
    public ConditionMatch? Match(EscalationContext context)
    {
        // Most mentions fail most rules: the conditions are tried first, and what matched is written only when read.
        return Holds(context, null, out var keyword) ? ConditionMatch.Of(this, context, keyword) : null;
    }

    /// <summary>How each condition held in <paramref name="context"/>, where they all hold.</summary>
    internal string Explain(EscalationContext context)
    {
        var parts = new List<string>();
        Holds(context, parts, out _);
        return string.Join(" and ", parts);
    }

    // Whether every condition set holds; with parts, it also says how each held (null: only the answer is wanted).
    private bool Holds(EscalationContext context, List<string>? parts, out string? keyword)
    {
        keyword = null;
        var mention = context.Mention;
        var author = context.Author;
        if (SentimentAtOrBelow.HasValue)
        {
            var threshold = WeighByInfluence ? Weighted(SentimentAtOrBelow.Value, author.Influence) : SentimentAtOrBelow.Value;
            if (mention.SentimentScore > threshold)
            {
                return false;
            }

            parts?.Add(WeighByInfluence && threshold != SentimentAtOrBelow.Value
                ? $"sentiment {Score(mention.SentimentScore)} ≤ {Score(threshold)} ({Score(SentimentAtOrBelow.Value)} weighted by influence {Number(author.Influence)})"
                : $"sentiment {Score(mention.SentimentScore)} ≤ {Score(threshold)}");
        }

        if (SentimentAbove.HasValue)
        {
            if (mention.SentimentScore <= SentimentAbove.Value)
            {
                return false;
            }

            parts?.Add($"sentiment {Score(mention.SentimentScore)} > {Score(SentimentAbove.Value)}");
        }

        if (!AtLeast(parts, "influence", author.Influence, InfluenceAtOrAbove)
            || !AtLeast(parts, "followers", author.Followers, FollowersAtOrAbove)
            || !AtLeast(parts, "negative streak", context.Conversation.NegativeStreak, NegativeStreakAtLeast))
        {
            return false;
        }

        if (NoReplyWithinHours.HasValue)
        {
            var waited = context.Conversation.HoursWithoutReply;
            if (!waited.HasValue || waited.Value < NoReplyWithinHours.Value)
            {
                return false;
            }

            parts?.Add($"no reply for {Math.Floor(waited.Value).ToString(CultureInfo.InvariantCulture)} h ≥ {Number(NoReplyWithinHours.Value)} h");
        }

        if (VerifiedAuthorOnly)
        {
            if (!author.Verified)
            {
                return false;
            }

            parts?.Add("verified author");
        }

        if (Keywords.Keywords.Count > 0)
        {
            keyword = MatchAllKeywords ? (Keywords.AllInFolded(mention.FoldedText) ? Keywords.Keywords[0] : null) : Keywords.FindInFolded(mention.FoldedText);
            if (keyword == null)
            {
                return false;
            }

            parts?.Add(MatchAllKeywords
                ? "keywords " + string.Join(", ", Keywords.Keywords.Select(k => $"\"{k}\""))
                : $"keyword \"{keyword}\"");
        }

        return true;
    }

    private static bool AtLeast(List<string>? parts, string what, int value, int? minimum)
    {
        if (!minimum.HasValue)
        {
            return true;
        }

        if (value < minimum.Value)
        {
            return false;
        }

        parts?.Add($"{what} {Number(value)} ≥ {Number(minimum.Value)}");
        return true;
    }

    // The typographic minus reads as a sign next to ≤, where a hyphen reads as a dash.
    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture).Replace('-', '−');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
