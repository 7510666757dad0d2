using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Application;

/// <summary>What <see cref="ConversationThreading.Apply"/> wrote: each mention's conversation and the conversations' baseline.</summary>
public sealed class ThreadedBatch
{
    public ThreadedBatch(IReadOnlyList<Guid> conversationIds, IReadOnlyDictionary<Guid, StoredConversation> baseline)
    {
        ConversationIds = conversationIds;
        Baseline = baseline;
    }

    /// <summary>Each mention's conversation, in batch order.</summary>
    public IReadOnlyList<Guid> ConversationIds { get; }

    /// <summary>The batch's conversations as threading left them (reopened, created), with their figures before the batch.</summary>
    public IReadOnlyDictionary<Guid, StoredConversation> Baseline { get; }
}
