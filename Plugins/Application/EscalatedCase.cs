using System;

namespace SocialCrm.Plugins.Application;

/// <summary>The case of an escalated conversation, and whether the escalation created it.</summary>
public sealed class EscalatedCase
{
    public EscalatedCase(Guid caseId, bool created)
    {
        CaseId = caseId;
        Created = created;
    }

    public Guid CaseId { get; }

    public bool Created { get; }
}
