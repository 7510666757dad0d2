using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// One escalation rule (a scrm_escalationrule row, or one an admin is trying out): where it
/// applies, what it looks for and what it does.
/// </summary>
public sealed class EscalationRule
{
    public EscalationRule(string name, int order, RuleScope scope, RuleConditions conditions, RuleAction action, Guid? id = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidEscalationRuleException(EscalationRuleTable.PrimaryName, $"{EscalationRuleTable.PrimaryName}: a rule needs a name.");
        }

        if (conditions.IsEmpty)
        {
            throw new InvalidEscalationRuleException(EscalationRuleTable.LogicalName,
                $"Escalation rule '{name}' has no condition, so it would escalate every mention; set at least one (sentiment, influence, " +
                "followers, verified author, keywords, negative streak or no reply within hours).");
        }

        Name = name.Trim();
        Order = order;
        Scope = scope;
        Conditions = conditions;
        Action = action;
        Id = id;
    }

    /// <summary>The scrm_escalationrule row; null for a rule not saved yet.</summary>
    public Guid? Id { get; }

    public string Name { get; }

    /// <summary>Rules are tried in ascending order; ties keep the order the rules were given in.</summary>
    public int Order { get; }

    public RuleScope Scope { get; }

    public RuleConditions Conditions { get; }

    public RuleAction Action { get; }
}
