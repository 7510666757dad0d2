using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>The threading of one batch: a decision per mention and the conversations to create and reopen.</summary>
public sealed class ThreadingPlan
{
    public ThreadingPlan(
        IReadOnlyList<ThreadingDecision> decisions,
        IReadOnlyList<NewConversation> newConversations,
        IReadOnlyList<KnownConversation> reopenedConversations)
    {
        Decisions = decisions;
        NewConversations = newConversations;
        ReopenedConversations = reopenedConversations;
    }

    /// <summary>One decision per mention, in the order of the batch.</summary>
    public IReadOnlyList<ThreadingDecision> Decisions { get; }

    /// <summary>Conversations to create, each once, however many mentions of the batch go into it.</summary>
    public IReadOnlyList<NewConversation> NewConversations { get; }

    /// <summary>Closed conversations to reopen, each once.</summary>
    public IReadOnlyList<KnownConversation> ReopenedConversations { get; }
}
