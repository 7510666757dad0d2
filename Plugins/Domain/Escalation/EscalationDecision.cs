using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>Whether a mention escalates its conversation, which rule decided and why, and what to do.</summary>
public sealed class EscalationDecision
{
    private readonly DeferredText _reason;

    private EscalationDecision(bool escalate, DeferredText reason, string? ruleName, EscalationAction action, ConversationPriority? priority, CaseToOpen? caseToOpen, Guid? ruleId = null)
    {
        RuleId = ruleId;
        Escalate = escalate;
        _reason = reason;
        RuleName = ruleName;
        Action = action;
        Priority = priority;
        Case = caseToOpen;
    }

    public bool Escalate { get; }

    /// <summary>
    /// When escalating, the text for scrm_escalationreason (within its length): the rule and what matched; otherwise why
    /// not, for the trace.
    /// </summary>
    public string Reason => _reason.Value;

    /// <summary><see cref="Reason"/>, not yet formatted: a record that quotes it as it is shares it.</summary>
    internal DeferredText ReasonText => _reason;

    /// <summary>The rule that fired; null when not escalating or when escalated by hand.</summary>
    public string? RuleName { get; }

    /// <summary>The scrm_escalationrule row that fired; null when not escalating, escalated by hand or by a rule not stored.</summary>
    public Guid? RuleId { get; }

    public EscalationAction Action { get; }

    /// <summary>The conversation's priority after escalating; null when not escalating.</summary>
    public ConversationPriority? Priority { get; }

    /// <summary>The case to open when <see cref="Action"/> is <see cref="EscalationAction.CreateCase"/>.</summary>
    public CaseToOpen? Case { get; }

    /// <summary>
    /// False when a case is asked for without a contact or a fallback account (see <see cref="CaseToOpen.HasCustomer"/>).
    /// </summary>
    public bool HasCustomer => Case?.HasCustomer ?? false;

    /// <summary>This decision with another case to open (the same case with a customer found since).</summary>
    public EscalationDecision WithCase(CaseToOpen caseToOpen) =>
        new EscalationDecision(Escalate, _reason, RuleName, Action, Priority, caseToOpen, RuleId);

    public static EscalationDecision No(string reason) =>
        new EscalationDecision(false, new DeferredText(reason), null, EscalationAction.CreateCase, null, null);

    public static EscalationDecision OpenCase(string reason, string? ruleName, ConversationPriority priority, CaseToOpen caseToOpen, Guid? ruleId = null) =>
        OpenCase(new DeferredText(reason), ruleName, priority, caseToOpen, ruleId);

    /// <param name="reason">The reason, written when first read.</param>
    public static EscalationDecision OpenCase(DeferredText reason, string? ruleName, ConversationPriority priority, CaseToOpen caseToOpen, Guid? ruleId = null) =>
        new EscalationDecision(true, reason, ruleName, EscalationAction.CreateCase, priority, caseToOpen, ruleId);

    public static EscalationDecision RaisePriority(string reason, string ruleName, ConversationPriority priority, Guid? ruleId = null) =>
        RaisePriority(new DeferredText(reason), ruleName, priority, ruleId);

    /// <param name="reason">The reason, written when first read.</param>
    public static EscalationDecision RaisePriority(DeferredText reason, string ruleName, ConversationPriority priority, Guid? ruleId = null) =>
        new EscalationDecision(true, reason, ruleName, EscalationAction.RaisePriority, priority, null, ruleId);
}
