using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>The columns of a social profile as they should be after intake: what the source said, else what was stored.</summary>
public sealed class ProfileValues
{
    private string? _name;

    public ProfileValues(
        SocialPlatform platform,
        string externalUserId,
        string? handle,
        string? displayName,
        string? email,
        int? followers,
        bool verified,
        DateTime? identityAsOf)
    {
        Platform = platform;
        ExternalUserId = externalUserId;
        Handle = handle;
        DisplayName = displayName;
        Email = email;
        Followers = followers;
        Verified = verified;
        IdentityAsOf = identityAsOf;
    }

    public SocialPlatform Platform { get; }

    public string ExternalUserId { get; }

    /// <summary>scrm_name: "@handle on X", else "Display Name on Blog", else "user 123 on Other". Made when first read:
    /// a known profile whose handle and display name stay the same never writes it.</summary>
    public string Name => _name ??= Ellipsis.Fit((Handle != null ? "@" + Handle : DisplayName ?? "user " + ExternalUserId) + " on " + Platform,
        SocialProfileTable.NameLength);

    public string? Handle { get; }

    public string? DisplayName { get; }

    public string? Email { get; }

    public int? Followers { get; }

    public bool Verified { get; }

    /// <summary>When the network said these values: the newest of the post's time and the time the profile had.</summary>
    public DateTime? IdentityAsOf { get; }
}
