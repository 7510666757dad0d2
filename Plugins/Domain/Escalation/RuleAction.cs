using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>What a rule does when it fires: open a case (of this priority and title) or only raise the conversation's priority.</summary>
public sealed class RuleAction
{
    public RuleAction(EscalationAction kind, ConversationPriority priority, CaseTitleTemplate? caseTitle = null)
    {
        Kind = kind;
        Priority = priority;
        CaseTitle = caseTitle ?? CaseTitleTemplate.Parse(null);
    }

    public EscalationAction Kind { get; }

    /// <summary>The conversation's priority after the rule fires; the case's priority too (Urgent opens a High case).</summary>
    public ConversationPriority Priority { get; }

    public CaseTitleTemplate CaseTitle { get; }
}
