using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// Finds the conversation of every mention of a batch. A mention goes, by the first rule that applies:
/// <list type="number">
/// <item>into the conversation it was explicitly posted in (an outbound reply);</item>
/// <item>into its parent's conversation when it replies to a known post, stored or in the same batch, whichever
/// arrives first;</item>
/// <item>into its thread's conversation (platform + thread id), or that of the post its thread id names;</item>
/// <item>into a new conversation keyed by its thread, which a post without a thread id starts under its own id so that
/// later replies naming it join it, and a reply without one under its parent's id so that the parent joins it. Mentions of one batch with the same new thread share one new conversation.</item>
/// </list>
/// A closed conversation reopens when the mention was posted at most the reopen window after it closed; past the
/// window (or with no closing time recorded) the mention starts a new conversation that links to the closed one.
/// A retired conversation (closed, its thread taken by a later one) never reopens, whenever a late reply to one of its
/// posts was posted: the reply goes on to the conversation now holding its thread (joining, reopening or following it
/// by that conversation's rules), or starts that thread again.
/// Mentions are placed in the order they were posted, so the earliest starts or reopens and the others follow.
/// </summary>
public sealed class ThreadResolver
{
    private readonly TimeSpan _reopenWindow;

    /// <param name="reopenWindowDays">scrm_ReopenWindowDays.</param>
    public ThreadResolver(int reopenWindowDays)
    {
        if (reopenWindowDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reopenWindowDays), reopenWindowDays, "The reopen window can't be negative.");
        }

        _reopenWindow = TimeSpan.FromDays(reopenWindowDays);
    }

    /// <param name="batch">The batch's mentions.</param>
    /// <param name="knownMentions">Stored mentions found by <see cref="ThreadingLookup.PostKeys"/>.</param>
    /// <param name="knownConversations">Conversations found by <see cref="ThreadingLookup.ThreadKeysWith"/>.</param>
    public ThreadingPlan Plan(
        IReadOnlyList<ThreadingMention> batch,
        IEnumerable<KnownMention> knownMentions,
        IEnumerable<KnownConversation> knownConversations)
    {
        var finder = new ThreadTargetFinder(batch, knownMentions, knownConversations);
        var targets = finder.FindAll();
        var placement = new ConversationPlacement(_reopenWindow, finder.ConversationsByThread);
        var decisions = new ThreadingDecision[batch.Count];
        foreach (var index in BatchPostingOrder.Of(batch, mention => mention.PostedOn))
        {
            decisions[index] = placement.Place(batch[index], targets[index]);
        }

        return new ThreadingPlan(decisions, placement.NewConversations, placement.Reopened);
    }
}
