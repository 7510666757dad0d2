using System;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>The rollup columns of a social profile. Times are UTC.</summary>
public sealed class ProfileFigures
{
    /// <summary>A profile without mentions yet.</summary>
    public static readonly ProfileFigures Empty = new ProfileFigures(0, 0, null, null, 0, 0);

    public ProfileFigures(int mentionCount, int scoredMentionCount, DateTime? lastMentionOn, double? averageSentiment,
        int totalEngagement, int influenceScore)
    {
        MentionCount = mentionCount;
        ScoredMentionCount = scoredMentionCount;
        LastMentionOn = lastMentionOn;
        AverageSentiment = averageSentiment;
        TotalEngagement = totalEngagement;
        InfluenceScore = influenceScore;
    }

    /// <summary>scrm_mentioncount.</summary>
    public int MentionCount { get; }

    /// <summary>scrm_scoredmentioncount: the sample count of <see cref="AverageSentiment"/> (mentions not labelled
    /// Not scored).</summary>
    public int ScoredMentionCount { get; }

    /// <summary>scrm_lastmentionon.</summary>
    public DateTime? LastMentionOn { get; }

    /// <summary>scrm_averagesentiment: mean score of the profile's scored mentions (they are all its author's own
    /// words).</summary>
    public double? AverageSentiment { get; }

    /// <summary>scrm_totalengagement: likes + shares + replies of its mentions at intake.</summary>
    public int TotalEngagement { get; }

    /// <summary>scrm_influencescore, 0..100 (see <see cref="Rollups.InfluenceScore"/>).</summary>
    public int InfluenceScore { get; }
}
