using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>A scrm_conversation row with its rollup figures and whether its case is still active.</summary>
public sealed class StoredConversation
{
    public StoredConversation(
        Guid id,
        SocialPlatform platform,
        string externalThreadId,
        string? name,
        Guid? originatingProfileId,
        Guid? contactId,
        ConversationFigures figures,
        DateTime? closedOn,
        Guid? caseId,
        bool caseIsOpen)
    {
        Id = id;
        Platform = platform;
        ExternalThreadId = externalThreadId;
        Name = name;
        OriginatingProfileId = originatingProfileId;
        ContactId = contactId;
        Figures = figures;
        ClosedOn = closedOn;
        CaseId = caseId;
        CaseIsOpen = caseIsOpen;
    }

    public Guid Id { get; }

    public SocialPlatform Platform { get; }

    public string ExternalThreadId { get; }

    public string? Name { get; }

    public Guid? OriginatingProfileId { get; }

    public Guid? ContactId { get; }

    /// <summary>Rollups, state and status.</summary>
    public ConversationFigures Figures { get; }

    public DateTime? ClosedOn { get; }

    /// <summary>scrm_caseid: the case it was escalated to, active or not.</summary>
    public Guid? CaseId { get; }

    /// <summary>The case exists and is active (statecode 0): a resolved or cancelled case does not block a new one.</summary>
    public bool CaseIsOpen { get; }

    /// <summary>This conversation reopened: open, awaiting a reply, no longer closed on any date.</summary>
    public StoredConversation Reopened() =>
        new StoredConversation(Id, Platform, ExternalThreadId, Name, OriginatingProfileId, ContactId, Figures.Reopened(), null, CaseId, CaseIsOpen);

    public KnownConversation AsKnown() => new KnownConversation(Id, Platform, ExternalThreadId, Figures.State, ClosedOn);
}
