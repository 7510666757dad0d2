using System;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The escalation rules in force for one execution: the active scrm_escalationrule rows, read once, on the first
/// mention that needs them (a batch of replies reads none). Out of the box these are the seed rules the solution ships
/// as data (Solution/data); with no active row nothing escalates. Read per execution, never cached across executions:
/// Dataverse caches and reuses plug-in instances, and no per-instance cache could be proved to stay within one
/// organisation and see every edit in time.
/// </summary>
public sealed class ActiveEscalationRules
{
    private readonly IEscalationRuleStore _store;
    private readonly Guid? _fallbackCaseAccountId;
    private EscalationRuleSet? _rules;

    /// <param name="fallbackCaseAccountId">scrm_FallbackCaseAccountId: the customer of a case for a person with no contact.</param>
    public ActiveEscalationRules(IEscalationRuleStore store, Guid? fallbackCaseAccountId)
    {
        _store = store;
        _fallbackCaseAccountId = fallbackCaseAccountId;
    }

    /// <summary>Which rules decided, for the trace: how many, and any row refused with its reason.</summary>
    public string Summary { get; private set; } = "No escalation rule was read.";

    public EscalationDecision Decide(EscalationContext context) => Rules().Decide(context);

    private EscalationRuleSet Rules()
    {
        if (_rules != null)
        {
            return _rules;
        }

        var stored = _store.ReadActive();
        _rules = new EscalationRuleSet(stored.Rules, _fallbackCaseAccountId);
        Summary = (_rules.Rules.Count == 0 ? "No active escalation rule: nothing escalates." : $"{_rules.Rules.Count} active escalation rules applied.")
            + (stored.Refused.Count == 0 ? string.Empty : " " + string.Join(" ", stored.Refused));
        return _rules;
    }
}
