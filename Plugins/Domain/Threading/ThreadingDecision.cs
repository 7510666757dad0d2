using System;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>Where one mention of a batch goes.</summary>
public sealed class ThreadingDecision
{
    public ThreadingDecision(ThreadingMention mention, ThreadingAction action, Guid? conversationId, NewConversation? newConversation)
    {
        Mention = mention;
        Action = action;
        ConversationId = conversationId;
        NewConversation = newConversation;
    }

    public ThreadingMention Mention { get; }

    public ThreadingAction Action { get; }

    /// <summary>The existing conversation for <see cref="ThreadingAction.JoinExisting"/> and <see cref="ThreadingAction.Reopen"/>.</summary>
    public Guid? ConversationId { get; }

    /// <summary>The new conversation for <see cref="ThreadingAction.StartNew"/> and <see cref="ThreadingAction.JoinNew"/>.</summary>
    public NewConversation? NewConversation { get; }
}
