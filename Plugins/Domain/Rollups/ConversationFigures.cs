using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>The rollup columns of a conversation, with its state and status: counts, times (UTC) and mood.</summary>
public sealed class ConversationFigures
{
    /// <summary>A conversation without mentions yet: open, status New.</summary>
    public static readonly ConversationFigures Empty =
        new ConversationFigures(ConversationCounts.None, ConversationTimes.None, ConversationMood.Unknown, ConversationState.Open, ConversationStatus.New);

    public ConversationFigures(ConversationCounts counts, ConversationTimes times, ConversationMood mood, ConversationState state, ConversationStatus status)
    {
        Counts = counts;
        Times = times;
        Mood = mood;
        State = state;
        Status = status;
    }

    public ConversationCounts Counts { get; }

    public ConversationTimes Times { get; }

    public ConversationMood Mood { get; }

    public ConversationState State { get; }

    public ConversationStatus Status { get; }

    public int MentionCount => Counts.Mentions;

    public int InboundMentionCount => Counts.InboundMentions;

    public DateTime? FirstMentionOn => Times.FirstMentionOn;

    public DateTime? LastMentionOn => Times.LastMentionOn;

    public DateTime? LastInboundOn => Times.LastInboundOn;

    public DateTime? LastOutboundOn => Times.LastOutboundOn;

    public DateTime? FirstResponseOn => Times.FirstResponseOn;

    public double? AverageSentiment => Mood.AverageSentiment;

    public double? LastSentiment => Mood.LastSentiment;

    public SentimentTrend? Trend => Mood.Trend;

    public int NegativeStreak => Mood.NegativeStreak;

    /// <summary>These figures once the closed conversation reopens: open and awaiting a reply.</summary>
    public ConversationFigures Reopened() =>
        new ConversationFigures(Counts, Times, Mood, ConversationState.Open, ConversationStatus.AwaitingReply);
}
