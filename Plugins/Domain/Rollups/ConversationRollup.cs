using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>
/// Adds new mentions to a conversation's figures, incrementally (no need to read its other mentions):
/// <list type="bullet">
/// <item>counts, first/last mention on and last inbound/outbound on cover every mention; the first response is the
/// earliest outbound mention posted once the customer had spoken (our own post that opens a thread answers nobody);</item>
/// <item>the average sentiment is the running mean of inbound mentions only: our own replies are polite by design
/// and would hide the customer's mood. Mentions that could not be scored are left out of it and of everything below
/// that follows sentiment;</item>
/// <item>last sentiment, trend and negative streak follow the latest inbound mention: one that arrives late (posted
/// before the latest already counted) still joins the average but changes none of them. Outbound mentions neither
/// extend nor break the streak: a customer still angry after our reply is still a streak;</item>
/// <item>the trend compares the latest inbound score with the average before it: more than
/// <see cref="TrendDeadBand"/> above is Improving, more than it below is Worsening, else Stable;</item>
/// <item>an open conversation's status follows its latest mention: inbound awaits a reply, outbound awaits the customer.
/// A closed one keeps its status: threading decides whether it reopens.</item>
/// </list>
/// </summary>
public static class ConversationRollup
{
    /// <summary>Differences in score up to this size are noise, not a trend.</summary>
    public const double TrendDeadBand = 0.1;

    public static ConversationFigures Apply(ConversationFigures current, IEnumerable<RollupMention> newMentions) =>
        Add(current, PostingOrder.Of(newMentions));

    /// <summary>The figures after one more mention, posted after those they hold: intake's replay of a batch for escalation.</summary>
    public static ConversationFigures Apply(ConversationFigures current, RollupMention newMention) =>
        Add(current, new[] { newMention });

    // The mentions in posting order.
    private static ConversationFigures Add(ConversationFigures current, IReadOnlyList<RollupMention> newMentions)
    {
        var mentionCount = current.MentionCount;
        // Figures written before the inbound count existed have an average but no count: the mention count is the
        // closest estimate of the samples behind it.
        var inboundCount = current.AverageSentiment.HasValue && current.InboundMentionCount == 0
            ? Math.Max(1, current.MentionCount)
            : current.InboundMentionCount;
        var firstMentionOn = current.FirstMentionOn;
        var lastMentionOn = current.LastMentionOn;
        var lastInboundOn = current.LastInboundOn;
        var lastOutboundOn = current.LastOutboundOn;
        var firstResponseOn = current.FirstResponseOn;
        var average = current.AverageSentiment;
        var lastSentiment = current.LastSentiment;
        var trend = current.Trend;
        var streak = current.NegativeStreak;
        var status = current.Status;

        for (var index = 0; index < newMentions.Count; index++)
        {
            var mention = newMentions[index];
            mentionCount++;
            firstMentionOn = Earliest(firstMentionOn, mention.PostedOn);
            var isLatest = !lastMentionOn.HasValue || mention.PostedOn >= lastMentionOn.Value;
            lastMentionOn = Latest(lastMentionOn, mention.PostedOn);

            if (mention.Direction == MentionDirection.Inbound)
            {
                var averageBefore = average;
                var isLatestInbound = !lastInboundOn.HasValue || mention.PostedOn >= lastInboundOn.Value;
                lastInboundOn = isLatestInbound ? mention.PostedOn : lastInboundOn;

                // A mention that could not be scored (another language, only a link) has no sentiment to add: it
                // neither moves the average nor sets, extends or breaks anything that follows sentiment.
                if (mention.IsScored)
                {
                    inboundCount++;
                    average = averageBefore.HasValue
                        ? averageBefore.Value + ((mention.SentimentScore - averageBefore.Value) / inboundCount)
                        : mention.SentimentScore;
                    if (isLatestInbound)
                    {
                        lastSentiment = mention.SentimentScore;
                        trend = Trend(mention.SentimentScore, averageBefore);
                        streak = mention.SentimentLabel == SentimentLabel.Negative ? streak + 1 : 0;
                    }
                }
            }
            else
            {
                lastOutboundOn = Latest(lastOutboundOn, mention.PostedOn);
                // New mentions are taken in posting order, so an inbound one seen already came first: this answers it.
                if (lastInboundOn.HasValue)
                {
                    firstResponseOn = Earliest(firstResponseOn, mention.PostedOn);
                }
            }

            if (isLatest && current.State == ConversationState.Open)
            {
                status = mention.Direction == MentionDirection.Inbound ? ConversationStatus.AwaitingReply : ConversationStatus.AwaitingCustomer;
            }
        }

        return new ConversationFigures(
            new ConversationCounts(mentionCount, inboundCount),
            new ConversationTimes(firstMentionOn, lastMentionOn, lastInboundOn, lastOutboundOn, firstResponseOn),
            new ConversationMood(average, lastSentiment, trend, streak),
            current.State,
            status);
    }

    /// <summary>
    /// The mood made again from the conversation's inbound mentions that carry a score, when scores change in place (an
    /// author's edit scored again, a text erased with its score). Last sentiment, trend and negative streak depend on
    /// which mention came when, and no stored total can take one back out (the streak before the latest mention, the
    /// score before it), so the mood is replayed from the mentions in posting order, by the same rules as above. Mention
    /// counts, times, state and status stay: the mentions themselves are the same.
    /// </summary>
    /// <param name="current">The conversation's stored figures.</param>
    /// <param name="scoredInbound">Every inbound mention of the conversation whose score counts, as stored now.</param>
    public static ConversationFigures Rescore(ConversationFigures current, IEnumerable<RollupMention> scoredInbound)
    {
        var replayed = Apply(ConversationFigures.Empty, scoredInbound.Where(mention => mention.Direction == MentionDirection.Inbound && mention.IsScored));
        return new ConversationFigures(
            new ConversationCounts(current.MentionCount, replayed.InboundMentionCount), current.Times, replayed.Mood, current.State, current.Status);
    }

    /// <summary>The latest score against the average before it; Stable for the first inbound mention.</summary>
    public static SentimentTrend Trend(double latest, double? averageBefore)
    {
        if (!averageBefore.HasValue)
        {
            return SentimentTrend.Stable;
        }

        var change = latest - averageBefore.Value;
        return change > TrendDeadBand ? SentimentTrend.Improving
            : change < -TrendDeadBand ? SentimentTrend.Worsening
            : SentimentTrend.Stable;
    }

    private static DateTime Earliest(DateTime? current, DateTime candidate) =>
        current.HasValue && current.Value <= candidate ? current.Value : candidate;

    private static DateTime Latest(DateTime? current, DateTime candidate) =>
        current.HasValue && current.Value >= candidate ? current.Value : candidate;
}
