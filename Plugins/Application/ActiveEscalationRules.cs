using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Settings;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The escalation rules in force for one execution: the active scrm_escalationrule rows, read once, on the first
/// mention that needs them (a batch of replies reads none); while no row is active, the seed rules built from the
/// environment variables (<see cref="SeedEscalationRules"/>), so an environment behaves as before until an admin writes
/// rules. Read per execution, never cached across executions: Dataverse caches and reuses plug-in instances, and no
/// per-instance cache could be proved to stay within one organisation and see every edit in time.
/// </summary>
public sealed class ActiveEscalationRules
{
    private readonly IEscalationRuleStore _store;
    private readonly SocialCrmSettings _settings;
    private EscalationRuleSet? _rules;

    public ActiveEscalationRules(IEscalationRuleStore store, SocialCrmSettings settings)
    {
        _store = store;
        _settings = settings;
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
        var seeded = stored.Rules.Count == 0;
        _rules = new EscalationRuleSet(seeded ? SeedEscalationRules.From(_settings) : stored.Rules, _settings.FallbackCaseAccountId);
        Summary = (seeded ? $"No active escalation rule: the {_rules.Rules.Count} seed rules of the environment variables applied." : $"{_rules.Rules.Count} active escalation rules applied.")
            + (stored.Refused.Count == 0 ? string.Empty : " " + string.Join(" ", stored.Refused));
        return _rules;
    }
}
