using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>The rollup columns of a conversation, with its state and status. Times are UTC.</summary>
public sealed class ConversationFigures
{
    /// <summary>A conversation without mentions yet: open, status New.</summary>
    public static readonly ConversationFigures Empty = new ConversationFigures(
        mentionCount: 0,
        inboundMentionCount: 0,
        firstMentionOn: null,
        lastMentionOn: null,
        lastInboundOn: null,
        lastOutboundOn: null,
        averageSentiment: null,
        lastSentiment: null,
        trend: null,
        negativeStreak: 0,
        state: ConversationState.Open,
        status: ConversationStatus.New);

    public ConversationFigures(
        int mentionCount,
        int inboundMentionCount,
        DateTime? firstMentionOn,
        DateTime? lastMentionOn,
        DateTime? lastInboundOn,
        DateTime? lastOutboundOn,
        double? averageSentiment,
        double? lastSentiment,
        SentimentTrend? trend,
        int negativeStreak,
        ConversationState state,
        ConversationStatus status)
    {
        MentionCount = mentionCount;
        InboundMentionCount = inboundMentionCount;
        FirstMentionOn = firstMentionOn;
        LastMentionOn = lastMentionOn;
        LastInboundOn = lastInboundOn;
        LastOutboundOn = lastOutboundOn;
        AverageSentiment = averageSentiment;
        LastSentiment = lastSentiment;
        Trend = trend;
        NegativeStreak = negativeStreak;
        State = state;
        Status = status;
    }

    /// <summary>scrm_mentioncount: inbound and outbound.</summary>
    public int MentionCount { get; }

    /// <summary>scrm_inboundmentioncount: the sample count of <see cref="AverageSentiment"/>.</summary>
    public int InboundMentionCount { get; }

    public DateTime? FirstMentionOn { get; }

    public DateTime? LastMentionOn { get; }

    public DateTime? LastInboundOn { get; }

    public DateTime? LastOutboundOn { get; }

    /// <summary>scrm_averagesentiment: mean score of the inbound mentions (the customer's mood, not our replies').</summary>
    public double? AverageSentiment { get; }

    /// <summary>scrm_lastsentiment: score of the latest inbound mention.</summary>
    public double? LastSentiment { get; }

    /// <summary>scrm_sentimenttrend: the latest inbound score against the average before it.</summary>
    public SentimentTrend? Trend { get; }

    /// <summary>scrm_negativestreak: negative inbound mentions in a row, up to the latest.</summary>
    public int NegativeStreak { get; }

    public ConversationState State { get; }

    public ConversationStatus Status { get; }

    /// <summary>These figures once the closed conversation reopens: open and awaiting a reply.</summary>
    public ConversationFigures Reopened() =>
        new ConversationFigures(MentionCount, InboundMentionCount, FirstMentionOn, LastMentionOn, LastInboundOn, LastOutboundOn,
            AverageSentiment, LastSentiment, Trend, NegativeStreak, ConversationState.Open, ConversationStatus.AwaitingReply);
}
