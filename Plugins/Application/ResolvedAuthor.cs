using System;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;

namespace SocialCrm.Plugins.Application;

/// <summary>An author's social profile after resolution: its id, whether it is new, its contact, the decision and its figures before the batch.</summary>
public sealed class ResolvedAuthor
{
    public ResolvedAuthor(Guid profileId, IdentityDecision decision, Guid? contactId, ProfileFigures figuresBefore)
    {
        ProfileId = profileId;
        Decision = decision;
        ContactId = contactId;
        FiguresBefore = figuresBefore;
    }

    public Guid ProfileId { get; }

    public IdentityDecision Decision { get; }

    public bool Created => Decision.Action == ProfileAction.Create;

    /// <summary>The profile's contact after resolution (a contact created for it included); null when not linked.</summary>
    public Guid? ContactId { get; }

    /// <summary>The profile's figures before this batch (none for a new profile).</summary>
    public ProfileFigures FiguresBefore { get; }

    /// <summary>The profile as resolution left it, with its figures before this batch.</summary>
    public StoredProfile Profile => new StoredProfile(Identity, FiguresBefore);

    /// <summary>The profile's columns as resolution left them.</summary>
    public ExistingProfile Identity
    {
        get
        {
            var values = Decision.Profile;
            return new ExistingProfile(ProfileId, values.Platform, values.ExternalUserId, values.Handle, values.DisplayName, values.Email,
                values.Followers, values.Verified, ContactId, Decision.LinkMethod, Decision.LinkConfidence, Decision.Blocked);
        }
    }
}
