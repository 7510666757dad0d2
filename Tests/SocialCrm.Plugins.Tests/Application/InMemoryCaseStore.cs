using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>The cases escalation opened, by id.</summary>
internal sealed class InMemoryCaseStore : ICaseStore
{
    public Dictionary<Guid, EscalationDecision> Opened { get; } = new();

    public Guid Open(EscalationDecision decision)
    {
        var id = Guid.NewGuid();
        Opened[id] = decision;
        return id;
    }
}
