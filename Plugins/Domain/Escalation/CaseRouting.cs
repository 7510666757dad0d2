using System;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>Where a rule's case goes: a queue it is added to (AddToQueue), an owner team it is assigned to, or both.</summary>
public sealed class CaseRouting
{
    public static readonly CaseRouting None = new CaseRouting(null, null);

    public CaseRouting(Guid? queueId, Guid? ownerTeamId)
    {
        QueueId = queueId;
        OwnerTeamId = ownerTeamId;
    }

    /// <summary>The queue the case is added to; null leaves it out of every queue.</summary>
    public Guid? QueueId { get; }

    /// <summary>The team that owns the case; null leaves it with the user the plug-in runs as.</summary>
    public Guid? OwnerTeamId { get; }
}
