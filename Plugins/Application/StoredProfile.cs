using System;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;

namespace SocialCrm.Plugins.Application;

/// <summary>A scrm_socialprofile row: who it is (for identity resolution) and its rollup figures.</summary>
public sealed class StoredProfile
{
    public StoredProfile(ExistingProfile identity, ProfileFigures figures)
    {
        Identity = identity;
        Figures = figures;
    }

    public Guid Id => Identity.Id;

    public ExistingProfile Identity { get; }

    public ProfileFigures Figures { get; }

    public ProfileKey Key => new ProfileKey(Identity.Platform, Identity.ExternalUserId);
}
