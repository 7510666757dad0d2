using System;

namespace SocialCrm.Plugins.Application.Replies;

/// <summary>A reply as the agent (or a flow) wrote it: the conversation it answers, its text, and whether it should be private.</summary>
public sealed class ComposedReply
{
    public ComposedReply(Guid? conversationId, string? text, bool wantsPrivate)
    {
        ConversationId = conversationId;
        Text = text;
        WantsPrivate = wantsPrivate;
    }

    public Guid? ConversationId { get; }

    public string? Text { get; }

    public bool WantsPrivate { get; }
}
