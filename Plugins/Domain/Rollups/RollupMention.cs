using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>What a new mention contributes to the rollups of its conversation and its author's profile. Times are UTC.</summary>
public sealed class RollupMention
{
    public RollupMention(double sentimentScore, SentimentLabel sentimentLabel, MentionDirection direction, DateTime postedOn, int engagement = 0)
    {
        if (double.IsNaN(sentimentScore) || sentimentScore < -1 || sentimentScore > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sentimentScore), sentimentScore, "A sentiment score lies in -1..1.");
        }

        SentimentScore = sentimentScore;
        SentimentLabel = sentimentLabel;
        Direction = direction;
        PostedOn = postedOn;
        Engagement = engagement < 0 ? 0 : engagement;
    }

    /// <summary>scrm_sentimentscore, -1..1, as the scorer gave it.</summary>
    public double SentimentScore { get; }

    /// <summary>scrm_sentimentlabel, as the scorer gave it: a negative label extends the negative streak.</summary>
    public SentimentLabel SentimentLabel { get; }

    /// <summary>False for a mention whose sentiment could not be judged (<see cref="SentimentLabel.NotScored"/>): its
    /// score means nothing, so no sentiment figure takes it in.</summary>
    public bool IsScored => SentimentLabel != SentimentLabel.NotScored;

    public MentionDirection Direction { get; }

    public DateTime PostedOn { get; }

    /// <summary>Likes + shares + replies at intake.</summary>
    public int Engagement { get; }
}
