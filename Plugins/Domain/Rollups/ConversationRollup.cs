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

    public static ConversationFigures Apply(ConversationFigures current, IEnumerable<RollupMention> newMentions)
    {
        var tally = new ConversationTally(current);
        var inOrder = PostingOrder.Of(newMentions);
        for (var index = 0; index < inOrder.Count; index++)
        {
            tally.Add(inOrder[index]);
        }

        return tally.Figures();
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
}
