using System;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>Where a mention belongs before the batch's order decides who starts or reopens what.</summary>
internal sealed class ThreadTarget
{
    public ThreadTarget(ThreadTargetKind kind, Guid? explicitId, KnownConversation? conversation, ThreadKey? threadKey, string reason)
    {
        Kind = kind;
        ExplicitId = explicitId;
        Conversation = conversation;
        ThreadKey = threadKey;
        Reason = reason;
    }

    public ThreadTargetKind Kind { get; }

    public Guid? ExplicitId { get; }

    public KnownConversation? Conversation { get; }

    public ThreadKey? ThreadKey { get; }

    public string Reason { get; }

    public ThreadTarget Because(string reason) => new ThreadTarget(Kind, ExplicitId, Conversation, ThreadKey, reason);
}
