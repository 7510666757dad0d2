using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// What escalating does to a conversation besides the columns it records (a contact it moves to, a queue it joins), in
/// the order it was decided, for once the conversation is written: intake escalates a new conversation before its
/// Create, so that the Create carries the escalation instead of a second write.
/// </summary>
public sealed class ConversationFollowUps
{
    private readonly List<Action<IConversationStore, Guid>> _steps = new List<Action<IConversationStore, Guid>>();

    public void MoveToContact(Guid contactId) => _steps.Add((conversations, id) => conversations.MoveToContact(id, contactId));

    public void AddToQueue(Guid queueId) => _steps.Add((conversations, id) => conversations.AddToQueue(id, queueId));

    /// <summary>Carries them out on the written conversation, once.</summary>
    public void Apply(IConversationStore conversations, Guid conversationId)
    {
        foreach (var step in _steps)
        {
            step(conversations, conversationId);
        }

        _steps.Clear();
    }
}
