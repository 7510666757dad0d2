using System;
using System.Globalization;
using System.Text;

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
        // Written into one builder, " and " between the parts, rather than a string per part joined at the end.
        var explained = new StringBuilder();
        Holds(context, explained, out _);
        return explained.ToString();
    }

    // Whether every condition set holds; with a builder, it also writes how each held (null: only the answer is wanted).
    private bool Holds(EscalationContext context, StringBuilder? explained, out string? keyword)
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

            if (Next(explained) is { } part)
            {
                part.Append("sentiment ").Append(Score(mention.SentimentScore)).Append(" ≤ ").Append(Score(threshold));
                if (WeighByInfluence && threshold != SentimentAtOrBelow.Value)
                {
                    part.Append(" (").Append(Score(SentimentAtOrBelow.Value)).Append(" weighted by influence ").Append(Number(author.Influence)).Append(')');
                }
            }
        }

        if (SentimentAbove.HasValue)
        {
            if (mention.SentimentScore <= SentimentAbove.Value)
            {
                return false;
            }

            Next(explained)?.Append("sentiment ").Append(Score(mention.SentimentScore)).Append(" > ").Append(Score(SentimentAbove.Value));
        }

        if (!AtLeast(explained, "influence", author.Influence, InfluenceAtOrAbove)
            || !AtLeast(explained, "followers", author.Followers, FollowersAtOrAbove)
            || !AtLeast(explained, "negative streak", context.Conversation.NegativeStreak, NegativeStreakAtLeast))
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

            Next(explained)?.Append("no reply for ").Append(Math.Floor(waited.Value).ToString(CultureInfo.InvariantCulture)).Append(" h ≥ ")
                .Append(Number(NoReplyWithinHours.Value)).Append(" h");
        }

        if (VerifiedAuthorOnly)
        {
            if (!author.Verified)
            {
                return false;
            }

            Next(explained)?.Append("verified author");
        }

        if (Keywords.Keywords.Count > 0)
        {
            keyword = MatchAllKeywords ? (Keywords.AllInFolded(mention.FoldedText) ? Keywords.Keywords[0] : null) : Keywords.FindInFolded(mention.FoldedText);
            if (keyword == null)
            {
                return false;
            }

            if (Next(explained) is { } part)
            {
                if (MatchAllKeywords)
                {
                    part.Append("keywords ");
                    for (var i = 0; i < Keywords.Keywords.Count; i++)
                    {
                        part.Append(i == 0 ? "\"" : ", \"").Append(Keywords.Keywords[i]).Append('"');
                    }
                }
                else
                {
                    part.Append("keyword \"").Append(keyword).Append('"');
                }
            }
        }

        return true;
    }

    private static bool AtLeast(StringBuilder? explained, string what, int value, int? minimum)
    {
        if (!minimum.HasValue)
        {
            return true;
        }

        if (value < minimum.Value)
        {
            return false;
        }

        Next(explained)?.Append(what).Append(' ').Append(Number(value)).Append(" ≥ ").Append(Number(minimum.Value));
        return true;
    }

    // The builder ready for the next part, " and " after the one before; null when only the answer is wanted.
    private static StringBuilder? Next(StringBuilder? explained) => explained?.Length > 0 ? explained.Append(" and ") : explained;

    // The typographic minus reads as a sign next to ≤, where a hyphen reads as a dash.
    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture).Replace('-', '−');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
