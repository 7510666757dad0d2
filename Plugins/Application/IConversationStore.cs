using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;

namespace SocialCrm.Plugins.Application;

/// <summary>scrm_conversation as the application sees it: each finder takes a whole batch and costs one query.</summary>
public interface IConversationStore
{
    /// <summary>Conversations holding these thread keys, with their figures and the state of their case: one query.</summary>
    List<StoredConversation> FindByThreadKeys(IEnumerable<ThreadKey> keys);

    Dictionary<Guid, StoredConversation> FindByIds(IEnumerable<Guid> ids);

    List<StoredConversation> FindOpenByOriginatingProfiles(IEnumerable<Guid> profileIds);

    /// <summary>Open conversations whose customer's last message came at or before <paramref name="lastInboundAtOrBefore"/>: one query.</summary>
    List<WaitingConversation> FindAwaitingReply(DateTime lastInboundAtOrBefore);

    /// <summary>Creates a conversation threading started, open, with its figures and the escalation its first mentions led to: one write.</summary>
    Guid Create(NewConversation conversation, Guid originatingProfileId, Guid? contactId, ConversationFigures figures, EscalationRecord? escalation = null);

    /// <summary>Moves a closed conversation off its thread's key, so a new conversation of the thread can hold it.</summary>
    void Retire(KnownConversation previous, string retiredThreadId);

    /// <summary>Open again, no longer closed on any date, with its new figures and an escalation when there is one: one write.</summary>
    /// <param name="stored">The figures the row holds now, as read: a figure that stays as it is is not written again.</param>
    void Reopen(Guid id, ConversationFigures figures, ConversationFigures stored, EscalationRecord? escalation = null);

    /// <summary>The figures after new mentions, with an escalation when there is one: one write.</summary>
    /// <param name="stored">The figures the row holds now, as read: a figure that stays as it is is not written again.</param>
    void WriteFigures(Guid id, ConversationFigures figures, ConversationFigures stored, EscalationRecord? escalation = null);

    void WriteEscalation(Guid id, EscalationRecord escalation);

    void MoveToContact(Guid id, Guid contactId);

    /// <summary>Puts the conversation in a queue (AddToQueue), for someone to triage.</summary>
    void AddToQueue(Guid id, Guid queueId);
}
