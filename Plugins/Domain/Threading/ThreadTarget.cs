using System;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>Where a mention belongs before the batch's order decides who starts or reopens what.</summary>
internal sealed class ThreadTarget
{
    public ThreadTarget(ThreadTargetKind kind, Guid? explicitId, KnownConversation? conversation, ThreadKey? threadKey)
    {
        Kind = kind;
        ExplicitId = explicitId;
        Conversation = conversation;
        ThreadKey = threadKey;
    }

    public ThreadTargetKind Kind { get; }

    public Guid? ExplicitId { get; }

    public KnownConversation? Conversation { get; }

    public ThreadKey? ThreadKey { get; }
}
