using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Application;

/// <summary>What <see cref="ConversationThreading.Apply"/> wrote: each mention's conversation.</summary>
public sealed class ThreadedBatch
{
    public ThreadedBatch(IReadOnlyList<Guid> conversationIds)
    {
        ConversationIds = conversationIds;
    }

    /// <summary>Each mention's conversation, in batch order.</summary>
    public IReadOnlyList<Guid> ConversationIds { get; }
}
