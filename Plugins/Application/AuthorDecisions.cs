using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;

namespace SocialCrm.Plugins.Application;

/// <summary>What <see cref="AuthorResolution.Decide"/> found and decided for a batch's authors, before anything is written.</summary>
public sealed class AuthorDecisions
{
    public AuthorDecisions(IReadOnlyDictionary<ProfileKey, StoredProfile> existing, IReadOnlyDictionary<ProfileKey, IdentityDecision> decisions)
    {
        Existing = existing;
        Decisions = decisions;
    }

    /// <summary>The authors' stored profiles, by key; an author without one gets a new profile.</summary>
    public IReadOnlyDictionary<ProfileKey, StoredProfile> Existing { get; }

    /// <summary>One decision per distinct author.</summary>
    public IReadOnlyDictionary<ProfileKey, IdentityDecision> Decisions { get; }

    /// <summary>The author's figures before the batch: a new profile has none yet.</summary>
    public ProfileFigures FiguresBefore(ProfileKey key) =>
        Existing.TryGetValue(key, out var stored) ? stored.Figures : ProfileFigures.Empty;
}
