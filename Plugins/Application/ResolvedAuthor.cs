using System;
using SocialCrm.Plugins.Domain.Identity;

namespace SocialCrm.Plugins.Application;

/// <summary>An author's social profile after resolution: its id, whether it is new, its contact and the decision.</summary>
public sealed class ResolvedAuthor
{
    public ResolvedAuthor(Guid profileId, IdentityDecision decision, Guid? contactId)
    {
        ProfileId = profileId;
        Decision = decision;
        ContactId = contactId;
    }

    public Guid ProfileId { get; }

    public IdentityDecision Decision { get; }

    public bool Created => Decision.Action == ProfileAction.Create;

    /// <summary>The profile's contact after resolution (a contact created for it included); null when not linked.</summary>
    public Guid? ContactId { get; }
}
