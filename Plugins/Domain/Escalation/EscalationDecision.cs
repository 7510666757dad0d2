using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>Whether a mention escalates its conversation to a case, why, and the case to create.</summary>
public sealed class EscalationDecision
{
    private EscalationDecision(
        bool escalate,
        string reason,
        IReadOnlyList<EscalationTrigger> triggers,
        string? caseTitle,
        string? caseDescription,
        CasePriority? priority,
        CaseOrigin? origin,
        Guid? customerContactId,
        Guid? customerAccountId)
    {
        Escalate = escalate;
        Reason = reason;
        Triggers = triggers;
        CaseTitle = caseTitle;
        CaseDescription = caseDescription;
        Priority = priority;
        Origin = origin;
        CustomerContactId = customerContactId;
        CustomerAccountId = customerAccountId;
    }

    public bool Escalate { get; }

    /// <summary>
    /// When escalating, the text for scrm_escalationreason (within its length); otherwise why not, for the trace.
    /// </summary>
    public string Reason { get; }

    /// <summary>The rules that fired; empty when not escalating.</summary>
    public IReadOnlyList<EscalationTrigger> Triggers { get; }

    /// <summary>incident title, within its length.</summary>
    public string? CaseTitle { get; }

    /// <summary>incident description: the reason, then the mention; within its length.</summary>
    public string? CaseDescription { get; }

    /// <summary>incident prioritycode.</summary>
    public CasePriority? Priority { get; }

    /// <summary>incident caseorigincode.</summary>
    public CaseOrigin? Origin { get; }

    /// <summary>The case's customer when the author's profile has a contact.</summary>
    public Guid? CustomerContactId { get; }

    /// <summary>The case's customer when there's no contact: scrm_FallbackCaseAccountId.</summary>
    public Guid? CustomerAccountId { get; }

    /// <summary>
    /// False when escalating without a contact or a fallback account: incident requires a customer, so no case can be
    /// created; the caller records the reason on the conversation and reports the missing setting.
    /// </summary>
    public bool HasCustomer => CustomerContactId.HasValue || CustomerAccountId.HasValue;

    public static EscalationDecision No(string reason) =>
        new EscalationDecision(false, reason, Array.Empty<EscalationTrigger>(), null, null, null, null, null, null);

    public static EscalationDecision Yes(
        string reason,
        IReadOnlyList<EscalationTrigger> triggers,
        string caseTitle,
        string caseDescription,
        CasePriority priority,
        CaseOrigin origin,
        Guid? customerContactId,
        Guid? customerAccountId) =>
        new EscalationDecision(true, reason, triggers, caseTitle, caseDescription, priority, origin, customerContactId, customerAccountId);
}
