namespace SocialCrm.Plugins.Application;

/// <summary>
/// One conversation's mentions meeting the active escalation rules, one by one in posting order: each decision sees
/// whether an earlier one already opened a case, so a conversation gets at most one open case, and the conversation
/// records the last escalation once. Intake's rollups and the rollups of a changed score both escalate through it.
/// </summary>
public sealed class ConversationEscalationPass
{
    private readonly ActiveEscalationRules _rules;
    private readonly ConversationEscalation _escalation;
    private readonly StoredConversation _conversation;
    private bool _hasOpenCase;
    private EscalationRecord? _escalated;

    public ConversationEscalationPass(ActiveEscalationRules rules, ConversationEscalation escalation, StoredConversation conversation)
    {
        _rules = rules;
        _escalation = escalation;
        _conversation = conversation;
        _hasOpenCase = conversation.CaseIsOpen;
    }

    /// <summary>Cases this pass opened.</summary>
    public int Cases { get; private set; }

    /// <summary>Some mention escalated the conversation: <see cref="Record"/> writes it.</summary>
    public bool Escalated => _escalated != null;

    /// <param name="influence">The author's influence after the rollups.</param>
    /// <param name="negativeStreak">The conversation's negative streak including this mention.</param>
    public void Weigh(WrittenMention mention, StoredProfile? author, int influence, int negativeStreak)
    {
        var decision = _rules.Decide(MentionEscalationContext.Of(mention, author, influence, _conversation, negativeStreak, _hasOpenCase));
        if (!decision.Escalate)
        {
            return;
        }

        _escalated = _escalation.Escalate(decision, _conversation.Id);
        if (_escalated.CaseId.HasValue)
        {
            _hasOpenCase = true;
            Cases++;
        }
    }

    /// <summary>Records the last escalation on the conversation: one write, none when nothing escalated.</summary>
    public void Record(IConversationStore conversations)
    {
        if (_escalated != null)
        {
            conversations.WriteEscalation(_conversation.Id, _escalated);
        }
    }
}
