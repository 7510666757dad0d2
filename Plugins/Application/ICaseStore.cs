using System;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>The standard incident (case) table: escalation opens cases.</summary>
public interface ICaseStore
{
    /// <summary>Opens the case <paramref name="decision"/> describes and returns its id.</summary>
    Guid Open(EscalationDecision decision);
}
