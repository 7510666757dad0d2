using System;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>The rollup columns of a social profile. Times are UTC.</summary>
public sealed class ProfileFigures
{
    /// <summary>A profile without mentions yet.</summary>
    public static readonly ProfileFigures Empty = new ProfileFigures(0, null, null, 0, 0);

    public ProfileFigures(int mentionCount, DateTime? lastMentionOn, double? averageSentiment, int totalEngagement, int influenceScore)
    {
        MentionCount = mentionCount;
        LastMentionOn = lastMentionOn;
        AverageSentiment = averageSentiment;
        TotalEngagement = totalEngagement;
        InfluenceScore = influenceScore;
    }

    /// <summary>scrm_mentioncount.</summary>
    public int MentionCount { get; }

    /// <summary>scrm_lastmentionon.</summary>
    public DateTime? LastMentionOn { get; }

    /// <summary>scrm_averagesentiment: mean score of all the profile's mentions (they are all its author's own words).</summary>
    public double? AverageSentiment { get; }

    /// <summary>scrm_totalengagement: likes + shares + replies of its mentions at intake.</summary>
    public int TotalEngagement { get; }

    /// <summary>scrm_influencescore, 0..100 (see <see cref="Rollups.InfluenceScore"/>).</summary>
    public int InfluenceScore { get; }
}
