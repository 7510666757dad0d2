using System;
using SocialCrm.Plugins.Domain;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>What a conversation records about its escalation: the case (when one could be raised), when and why.</summary>
public sealed class EscalationRecord
{
    private readonly DeferredText _reason;

    public EscalationRecord(EscalationOutcome outcome, Guid? caseId, DateTime escalatedOn, string reason, ConversationPriority? priority, Guid? ruleId = null)
        : this(outcome, caseId, escalatedOn, new DeferredText(reason), priority, ruleId)
    {
    }

    /// <param name="reason">The reason, written when first read: only the conversation's last escalation is recorded.</param>
    public EscalationRecord(EscalationOutcome outcome, Guid? caseId, DateTime escalatedOn, DeferredText reason, ConversationPriority? priority, Guid? ruleId = null)
    {
        Outcome = outcome;
        RuleId = ruleId;
        CaseId = caseId;
        EscalatedOn = escalatedOn;
        _reason = reason;
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
    public string Reason => _reason.Value;

    /// <summary>scrm_priority after escalation; null keeps the current priority.</summary>
    public ConversationPriority? Priority { get; }
}
