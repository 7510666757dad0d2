using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>The columns of a social profile as they should be after intake: what the source said, else what was stored.</summary>
public sealed class ProfileValues
{
    public ProfileValues(
        SocialPlatform platform,
        string externalUserId,
        string name,
        string? handle,
        string? displayName,
        string? email,
        int? followers,
        bool verified)
    {
        Platform = platform;
        ExternalUserId = externalUserId;
        Name = name;
        Handle = handle;
        DisplayName = displayName;
        Email = email;
        Followers = followers;
        Verified = verified;
    }

    public SocialPlatform Platform { get; }

    public string ExternalUserId { get; }

    /// <summary>scrm_name: "@handle on X", else "Display Name on Blog", else "user 123 on Other".</summary>
    public string Name { get; }

    public string? Handle { get; }

    public string? DisplayName { get; }

    public string? Email { get; }

    public int? Followers { get; }

    public bool Verified { get; }
}
