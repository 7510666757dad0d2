using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>A scrm_conversation the store found, with what threading needs to join or reopen it. Times are UTC.</summary>
public sealed class KnownConversation
{
    public KnownConversation(Guid id, SocialPlatform platform, string externalThreadId, ConversationState state, DateTime? closedOn = null)
    {
        Id = id;
        Platform = platform;
        ExternalThreadId = externalThreadId ?? throw new ArgumentNullException(nameof(externalThreadId));
        State = state;
        ClosedOn = closedOn;
    }

    public Guid Id { get; }

    public SocialPlatform Platform { get; }

    public string ExternalThreadId { get; }

    public ConversationState State { get; }

    /// <summary>scrm_closedon: when it was resolved or ignored.</summary>
    public DateTime? ClosedOn { get; }

    public ThreadKey Key => new ThreadKey(Platform, ExternalThreadId);
}
