using System;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// One conversation's mentions meeting the active escalation rules, one by one in posting order: each decision sees
/// whether an earlier one already opened a case, so a conversation gets at most one open case, and the conversation
/// records the last escalation once. Intake (before it writes the conversation, so that one write carries its figures
/// and its escalation) and the rollups of a changed score both escalate through it.
/// </summary>
public sealed class ConversationEscalationPass
{
    private readonly ActiveEscalationRules _rules;
    private readonly ConversationEscalation _escalation;
    private readonly Guid? _contactId;
    private readonly ConversationFollowUps _followUps = new ConversationFollowUps();
    private bool _hasOpenCase;

    public ConversationEscalationPass(ActiveEscalationRules rules, ConversationEscalation escalation, StoredConversation conversation)
        : this(rules, escalation, conversation.ContactId, conversation.CaseIsOpen)
    {
    }

    /// <param name="contactId">The conversation's contact: the customer of a case when the author has none.</param>
    /// <param name="caseIsOpen">The conversation has an open case already.</param>
    public ConversationEscalationPass(ActiveEscalationRules rules, ConversationEscalation escalation, Guid? contactId, bool caseIsOpen)
    {
        _rules = rules;
        _escalation = escalation;
        _contactId = contactId;
        _hasOpenCase = caseIsOpen;
    }

    /// <summary>Cases this pass opened.</summary>
    public int Cases { get; private set; }

    /// <summary>The last escalation, which the conversation records; null when nothing escalated.</summary>
    public EscalationRecord? Escalation { get; private set; }

    /// <param name="influence">The author's influence after the rollups.</param>
    /// <param name="negativeStreak">The conversation's negative streak including this mention.</param>
    public void Weigh(WrittenMention mention, StoredProfile? author, int influence, int negativeStreak) =>
        Weigh(mention.ForEscalation(), author, influence, negativeStreak);

    /// <param name="influence">The author's influence after the rollups.</param>
    /// <param name="negativeStreak">The conversation's negative streak including this mention.</param>
    public void Weigh(EscalatingMention mention, StoredProfile? author, int influence, int negativeStreak)
    {
        var decision = _rules.Decide(MentionEscalationContext.Of(mention, author, influence, _contactId, negativeStreak, _hasOpenCase));
        if (!decision.Escalate)
        {
            return;
        }

        Escalation = _escalation.Escalate(decision, _followUps);
        if (Escalation.CaseId.HasValue)
        {
            _hasOpenCase = true;
            Cases++;
        }
    }

    /// <summary>Records the last escalation on a stored conversation (one write, none when nothing escalated), then what it does besides.</summary>
    public void Record(IConversationStore conversations, Guid conversationId)
    {
        if (Escalation != null)
        {
            conversations.WriteEscalation(conversationId, Escalation);
        }

        FollowUp(conversations, conversationId);
    }

    /// <summary>What the escalations do to the conversation besides its columns (a contact, a queue), once it is written.</summary>
    public void FollowUp(IConversationStore conversations, Guid conversationId) => _followUps.Apply(conversations, conversationId);
}
