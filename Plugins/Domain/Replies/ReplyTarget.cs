using System;
using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>A conversation as the reply rules see it: where it is, whether it is open and private, and the customer's
/// latest message, which a reply answers.</summary>
public sealed class ReplyTarget
{
    public ReplyTarget(Guid conversationId, SocialPlatform platform, string threadId, bool isClosed, CustomerMessage? lastFromCustomer)
    {
        ConversationId = conversationId;
        Platform = platform;
        ThreadId = threadId;
        IsClosed = isClosed;
        LastFromCustomer = lastFromCustomer;
    }

    public Guid ConversationId { get; }

    public SocialPlatform Platform { get; }

    public string ThreadId { get; }

    public bool IsClosed { get; }

    /// <summary>Whether the customer wrote to us privately here (a direct-message thread), as their latest message says.</summary>
    public bool IsPrivateThread => LastFromCustomer?.IsPrivate == true;

    public CustomerMessage? LastFromCustomer { get; }
}
