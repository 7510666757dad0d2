using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>What a conversation records about its escalation: the case (when one could be raised), when and why.</summary>
public sealed class EscalationRecord
{
    public EscalationRecord(EscalationOutcome outcome, Guid? caseId, DateTime escalatedOn, string reason, ConversationPriority? priority, Guid? ruleId = null)
    {
        Outcome = outcome;
        RuleId = ruleId;
        CaseId = caseId;
        EscalatedOn = escalatedOn;
        Reason = reason;
        Priority = priority;
    }

    /// <summary>scrm_escalationoutcome: what the escalation did.</summary>
    public EscalationOutcome Outcome { get; }

    /// <summary>scrm_caseid; null when no case could be raised (no customer), so only the reason is recorded.</summary>
    public Guid? CaseId { get; }

    public DateTime EscalatedOn { get; }

    /// <summary>scrm_escalationruleid: the rule that fired; null when escalated by hand.</summary>
    public Guid? RuleId { get; }

    /// <summary>scrm_escalationreason, within its length.</summary>
    public string Reason { get; }

    /// <summary>scrm_priority after escalation; null keeps the current priority.</summary>
    public ConversationPriority? Priority { get; }
}
