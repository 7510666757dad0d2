using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>
/// A conversation's figures as its new mentions are added one at a time, in posting order, by the rules of
/// <see cref="ConversationRollup"/>: intake's escalation reads the negative streak after each mention of a batch, and
/// the figures after the last are what the conversation is written with, without an object per mention.
/// </summary>
public sealed class ConversationTally
{
    private readonly ConversationState _state;
    private int _mentionCount;
    private int _inboundCount;
    private DateTime? _firstMentionOn;
    private DateTime? _lastMentionOn;
    private DateTime? _lastInboundOn;
    private DateTime? _lastOutboundOn;
    private DateTime? _firstResponseOn;
    private double? _average;
    private double? _lastSentiment;
    private SentimentTrend? _trend;
    private int _streak;
    private ConversationStatus _status;

    /// <param name="current">The figures before the new mentions.</param>
    public ConversationTally(ConversationFigures current)
    {
        _state = current.State;
        _mentionCount = current.MentionCount;
        // Figures written before the inbound count existed have an average but no count: the mention count is the
        // closest estimate of the samples behind it.
        _inboundCount = current.AverageSentiment.HasValue && current.InboundMentionCount == 0
            ? Math.Max(1, current.MentionCount)
            : current.InboundMentionCount;
        _firstMentionOn = current.FirstMentionOn;
        _lastMentionOn = current.LastMentionOn;
        _lastInboundOn = current.LastInboundOn;
        _lastOutboundOn = current.LastOutboundOn;
        _firstResponseOn = current.FirstResponseOn;
        _average = current.AverageSentiment;
        _lastSentiment = current.LastSentiment;
        _trend = current.Trend;
        _streak = current.NegativeStreak;
        _status = current.Status;
    }

    /// <summary>The negative streak so far.</summary>
    public int NegativeStreak => _streak;

    /// <summary>Adds a mention posted no earlier than those added before it.</summary>
    public void Add(RollupMention mention)
    {
        _mentionCount++;
        _firstMentionOn = Earliest(_firstMentionOn, mention.PostedOn);
        var isLatest = !_lastMentionOn.HasValue || mention.PostedOn >= _lastMentionOn.Value;
        _lastMentionOn = Latest(_lastMentionOn, mention.PostedOn);

        if (mention.Direction == MentionDirection.Inbound)
        {
            var averageBefore = _average;
            var isLatestInbound = !_lastInboundOn.HasValue || mention.PostedOn >= _lastInboundOn.Value;
            _lastInboundOn = isLatestInbound ? mention.PostedOn : _lastInboundOn;

            // A mention that could not be scored (another language, only a link) has no sentiment to add: it
            // neither moves the average nor sets, extends or breaks anything that follows sentiment.
            if (mention.IsScored)
            {
                _inboundCount++;
                _average = averageBefore.HasValue
                    ? averageBefore.Value + ((mention.SentimentScore - averageBefore.Value) / _inboundCount)
                    : mention.SentimentScore;
                if (isLatestInbound)
                {
                    _lastSentiment = mention.SentimentScore;
                    _trend = ConversationRollup.Trend(mention.SentimentScore, averageBefore);
                    _streak = mention.SentimentLabel == SentimentLabel.Negative ? _streak + 1 : 0;
                }
            }
        }
        else
        {
            _lastOutboundOn = Latest(_lastOutboundOn, mention.PostedOn);
            // New mentions are taken in posting order, so an inbound one seen already came first: this answers it.
            if (_lastInboundOn.HasValue)
            {
                _firstResponseOn = Earliest(_firstResponseOn, mention.PostedOn);
            }
        }

        if (isLatest && _state == ConversationState.Open)
        {
            _status = mention.Direction == MentionDirection.Inbound ? ConversationStatus.AwaitingReply : ConversationStatus.AwaitingCustomer;
        }
    }

    /// <summary>The figures with every mention added so far.</summary>
    public ConversationFigures Figures() =>
        new ConversationFigures(
            new ConversationCounts(_mentionCount, _inboundCount),
            new ConversationTimes(_firstMentionOn, _lastMentionOn, _lastInboundOn, _lastOutboundOn, _firstResponseOn),
            new ConversationMood(_average, _lastSentiment, _trend, _streak),
            _state,
            _status);

    private static DateTime Earliest(DateTime? current, DateTime candidate) =>
        current.HasValue && current.Value <= candidate ? current.Value : candidate;

    private static DateTime Latest(DateTime? current, DateTime candidate) =>
        current.HasValue && current.Value >= candidate ? current.Value : candidate;
}
