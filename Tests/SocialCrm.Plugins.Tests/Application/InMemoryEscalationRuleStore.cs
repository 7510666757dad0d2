using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>The active escalation rules, and how often they were read.</summary>
internal sealed class InMemoryEscalationRuleStore : IEscalationRuleStore
{
    public List<EscalationRule> Active { get; } = new();

    public int Reads { get; private set; }

    public StoredEscalationRules ReadActive()
    {
        Reads++;
        return new StoredEscalationRules(Active.ToArray(), Array.Empty<string>());
    }
}
