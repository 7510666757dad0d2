using System;
using System.Collections.Generic;
using System.Linq;

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
        // Figures written before the scored count existed have an average but no count: the mention count is the
        // closest estimate of the samples behind it.
        var scored = current.AverageSentiment.HasValue && current.ScoredMentionCount == 0
            ? Math.Max(1, current.MentionCount)
            : current.ScoredMentionCount;
        var lastMentionOn = current.LastMentionOn;
        var average = current.AverageSentiment;
        long engagement = current.TotalEngagement;

        foreach (var mention in newMentions.OrderBy(mention => mention.PostedOn))
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
}
