using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>The customer's mood in a conversation, from its inbound mentions only (not our replies').</summary>
public sealed class ConversationMood
{
    public static readonly ConversationMood Unknown = new ConversationMood(averageSentiment: null, lastSentiment: null, trend: null, negativeStreak: 0);

    public ConversationMood(double? averageSentiment, double? lastSentiment, SentimentTrend? trend, int negativeStreak)
    {
        AverageSentiment = averageSentiment;
        LastSentiment = lastSentiment;
        Trend = trend;
        NegativeStreak = negativeStreak;
    }

    /// <summary>scrm_averagesentiment: mean score of the inbound mentions.</summary>
    public double? AverageSentiment { get; }

    /// <summary>scrm_lastsentiment: score of the latest inbound mention.</summary>
    public double? LastSentiment { get; }

    /// <summary>scrm_sentimenttrend: the latest inbound score against the average before it.</summary>
    public SentimentTrend? Trend { get; }

    /// <summary>scrm_negativestreak: negative inbound mentions in a row, up to the latest.</summary>
    public int NegativeStreak { get; }
}
