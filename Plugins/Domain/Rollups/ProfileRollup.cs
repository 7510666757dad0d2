using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>Adds new mentions to a profile's figures and recomputes its influence from its current reach.</summary>
public static class ProfileRollup
{
    /// <param name="current">The profile's figures before these mentions.</param>
    /// <param name="followers">The profile's followers after intake (null: unknown, counts as 0).</param>
    /// <param name="verified">Whether the profile is verified after intake.</param>
    /// <param name="newMentions">The profile's new mentions.</param>
    public static ProfileFigures Apply(ProfileFigures current, int? followers, bool verified, IEnumerable<RollupMention> newMentions)
    {
        var count = current.MentionCount;
        var scored = SampleCount(current);
        var lastMentionOn = current.LastMentionOn;
        var average = current.AverageSentiment;
        long engagement = current.TotalEngagement;

        foreach (var mention in PostingOrder.Of(newMentions))
        {
            count++;

            // An unscored mention (another language, only a link) counts as a mention but adds no sentiment: the
            // mean divides by the scored mentions only, so it is never pulled toward a false 0.
            if (mention.IsScored)
            {
                scored++;
                average = average.HasValue ? average.Value + ((mention.SentimentScore - average.Value) / scored) : mention.SentimentScore;
            }

            if (!lastMentionOn.HasValue || mention.PostedOn > lastMentionOn.Value)
            {
                lastMentionOn = mention.PostedOn;
            }

            engagement += mention.Engagement;
        }

        // Whole-number columns: saturate rather than overflow.
        var totalEngagement = engagement > int.MaxValue ? int.MaxValue : (int)engagement;
        return new ProfileFigures(count, scored, lastMentionOn, average, totalEngagement,
            InfluenceScore.Compute(followers ?? 0, verified, totalEngagement));
    }

    /// <summary>
    /// Puts changed scores of mentions already counted in place of their old ones: an author's edit scored again, a
    /// text erased with its score, a score corrected by hand. The average is a mean of the scored mentions, so taking
    /// a score out and putting one in is exact arithmetic on the stored mean and its sample count; the mention count,
    /// times, engagement and influence stay, since the mentions themselves are the same.
    /// </summary>
    /// <param name="current">The profile's stored figures, which count every score of <paramref name="withdrawn"/>.</param>
    /// <param name="withdrawn">The scores counted so far that no longer stand (before an edit, or erased).</param>
    /// <param name="added">The scores that now stand instead (after an edit).</param>
    public static ProfileFigures Revise(ProfileFigures current, IEnumerable<double> withdrawn, IEnumerable<double> added)
    {
        var scored = SampleCount(current);
        var average = current.AverageSentiment;
        foreach (var score in withdrawn)
        {
            if (scored <= 1 || !average.HasValue)
            {
                scored = 0;
                average = null;
                continue;
            }

            average = ((average.Value * scored) - score) / (scored - 1);
            scored--;
        }

        foreach (var score in added)
        {
            scored++;
            average = average.HasValue ? average.Value + ((score - average.Value) / scored) : score;
        }

        // The stored mean is rounded to the column's places: keep the revised one within the scores' range.
        var bounded = average.HasValue ? Math.Max(-1, Math.Min(1, average.Value)) : (double?)null;
        return new ProfileFigures(current.MentionCount, scored, current.LastMentionOn, bounded, current.TotalEngagement, current.InfluenceScore);
    }

    // Figures written before the scored count existed have an average but no count: the mention count is the closest
    // estimate of the samples behind it.
    private static int SampleCount(ProfileFigures current) =>
        current.AverageSentiment.HasValue && current.ScoredMentionCount == 0 ? Math.Max(1, current.MentionCount) : current.ScoredMentionCount;
}
