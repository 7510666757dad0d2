using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The alternate key of a social profile: platform + external user id. Ids compare case-insensitively, as Dataverse's
/// alternate keys do under its default collation, so a batch and the store agree on who is who.
/// </summary>
public sealed class ProfileKey : IEquatable<ProfileKey>
{
    private readonly int _hashCode;

    public ProfileKey(SocialPlatform platform, string externalUserId)
    {
        Platform = platform;
        ExternalUserId = externalUserId ?? throw new ArgumentNullException(nameof(externalUserId));

        // Worked out once: a batch looks each author's key up a dozen times, and a case-insensitive hash reads every character.
        _hashCode = unchecked(((int)platform * 397) ^ StringComparer.OrdinalIgnoreCase.GetHashCode(externalUserId));
    }

    public SocialPlatform Platform { get; }

    public string ExternalUserId { get; }

    public bool Equals(ProfileKey? other) =>
        other != null && other.Platform == Platform && string.Equals(other.ExternalUserId, ExternalUserId, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as ProfileKey);

    public override int GetHashCode() => _hashCode;

    public override string ToString() => Platform + " user " + ExternalUserId;
}
