using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>The active escalation rules read from Dataverse, and the rows refused because they cannot work as written.</summary>
public sealed class StoredEscalationRules
{
    public StoredEscalationRules(IReadOnlyList<EscalationRule> rules, IReadOnlyList<string> refused)
    {
        Rules = rules;
        Refused = refused;
    }

    public IReadOnlyList<EscalationRule> Rules { get; }

    /// <summary>One message per refused row, naming the rule and the column.</summary>
    public IReadOnlyList<string> Refused { get; }
}
