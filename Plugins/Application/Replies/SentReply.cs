using System;

namespace SocialCrm.Plugins.Application.Replies;

/// <summary>A reply the worker has just recorded as sent: its conversation and when the network took it (UTC).</summary>
public sealed class SentReply
{
    public SentReply(Guid conversationId, DateTime sentOn)
    {
        ConversationId = conversationId;
        SentOn = sentOn;
    }

    public Guid ConversationId { get; }

    public DateTime SentOn { get; }
}
