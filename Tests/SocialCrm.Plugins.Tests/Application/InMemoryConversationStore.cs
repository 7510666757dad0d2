using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>Conversations in a dictionary, with the escalations written to them.</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    public Dictionary<Guid, StoredConversation> Rows { get; } = new();

    public Dictionary<Guid, EscalationRecord> Escalations { get; } = new();

    /// <summary>Conversations put in a queue, with the queue.</summary>
    public Dictionary<Guid, Guid> Queued { get; } = new();

    public void AddToQueue(Guid id, Guid queueId) => Queued[id] = queueId;

    public List<StoredConversation> FindByThreadKeys(IEnumerable<ThreadKey> keys)
    {
        var wanted = new HashSet<ThreadKey>(keys);
        return Rows.Values.Where(conversation => wanted.Contains(conversation.AsKnown().Key)).ToList();
    }

    public Dictionary<Guid, StoredConversation> FindByIds(IEnumerable<Guid> ids) =>
        ids.Distinct().Where(Rows.ContainsKey).ToDictionary(id => id, id => Rows[id]);

    public List<StoredConversation> FindOpenByOriginatingProfiles(IEnumerable<Guid> profileIds)
    {
        var wanted = new HashSet<Guid>(profileIds);
        return Rows.Values.Where(conversation => conversation.Figures.State == ConversationState.Open
            && conversation.OriginatingProfileId.HasValue && wanted.Contains(conversation.OriginatingProfileId.Value)).ToList();
    }

    public List<WaitingConversation> FindAwaitingReply(DateTime lastInboundAtOrBefore) =>
        Rows.Values.Where(conversation => conversation.Figures.State == ConversationState.Open
                && conversation.Figures.LastInboundOn.HasValue && conversation.Figures.LastInboundOn.Value <= lastInboundAtOrBefore)
            .Select(conversation => new WaitingConversation(conversation, null))
            .ToList();

    /// <summary>How many rows were created or updated.</summary>
    public int Writes { get; private set; }

    public Guid Create(NewConversation conversation, Guid originatingProfileId, Guid? contactId, ConversationFigures figures, EscalationRecord? escalation = null)
    {
        Writes++;
        var id = Guid.NewGuid();
        Rows[id] = new StoredConversation(id, conversation.Platform, conversation.ExternalThreadId, conversation.Title, originatingProfileId, contactId,
            figures, null, null, false);
        Record(id, escalation);
        return id;
    }

    public void Retire(KnownConversation previous, string retiredThreadId)
    {
        Writes++;
        Rows[previous.Id] = With(Rows[previous.Id], threadId: retiredThreadId);
    }

    public void Reopen(Guid id, ConversationFigures figures, ConversationFigures stored, EscalationRecord? escalation = null) =>
        WriteFigures(id, figures, stored, escalation);

    public void WriteFigures(Guid id, ConversationFigures figures, ConversationFigures stored, EscalationRecord? escalation = null)
    {
        Writes++;
        Rows[id] = With(Rows[id], figures: figures);
        Record(id, escalation);
    }

    public void WriteEscalation(Guid id, EscalationRecord escalation)
    {
        Writes++;
        Record(id, escalation);
    }

    private void Record(Guid id, EscalationRecord? escalation)
    {
        if (escalation == null)
        {
            return;
        }

        Escalations[id] = escalation;
        if (escalation.CaseId.HasValue)
        {
            Rows[id] = With(Rows[id], caseId: escalation.CaseId);
        }
    }

    public void MoveToContact(Guid id, Guid contactId)
    {
        Writes++;
        Rows[id] = With(Rows[id], contactId: contactId);
    }

    private static StoredConversation With(StoredConversation old, string? threadId = null, ConversationFigures? figures = null, Guid? caseId = null, Guid? contactId = null) =>
        new(old.Id, old.Platform, threadId ?? old.ExternalThreadId, old.Name, old.OriginatingProfileId, contactId ?? old.ContactId,
            figures ?? old.Figures, old.ClosedOn, caseId ?? old.CaseId, caseId.HasValue || old.CaseIsOpen);
}
