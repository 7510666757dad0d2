using System;
using System.Collections.Generic;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>
/// The networks whose handles identify a person across networks, so that the same handle on two of them is evidence
/// of one person: X, Facebook, Instagram, LinkedIn and YouTube. On each a handle is unique and chosen by its owner,
/// and people reuse one handle everywhere. Blog and Other are not linked: a blog commenter's name is free text, neither
/// unique nor owned, so a match there says nothing.
/// </summary>
public static class LinkedNetworks
{
    // A read-only wrapper: a bare array behind IReadOnlyList could be cast back and changed, and plug-ins keep no
    // mutable statics (Dataverse shares them across executions).
    public static readonly IReadOnlyList<SocialPlatform> All = Array.AsReadOnly(new[]
    {
        SocialPlatform.X,
        SocialPlatform.Facebook,
        SocialPlatform.Instagram,
        SocialPlatform.LinkedIn,
        SocialPlatform.YouTube,
    });

    public static bool Contains(SocialPlatform platform) =>
        platform == SocialPlatform.X
        || platform == SocialPlatform.Facebook
        || platform == SocialPlatform.Instagram
        || platform == SocialPlatform.LinkedIn
        || platform == SocialPlatform.YouTube;

    /// <summary>True when a handle on <paramref name="other"/> is evidence about a handle on <paramref name="platform"/>.</summary>
    public static bool AreLinked(SocialPlatform platform, SocialPlatform other) =>
        platform != other && Contains(platform) && Contains(other);
}
