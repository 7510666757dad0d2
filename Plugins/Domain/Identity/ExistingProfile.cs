using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>A scrm_socialprofile row found by its alternate key (platform + external user id).</summary>
public sealed class ExistingProfile
{
    public ExistingProfile(
        Guid id,
        SocialPlatform platform,
        string externalUserId,
        string? handle = null,
        string? displayName = null,
        string? email = null,
        int? followers = null,
        bool verified = false,
        Guid? contactId = null,
        LinkMethod linkMethod = LinkMethod.NotLinked,
        int? linkConfidence = null,
        bool blocked = false,
        DateTime? identityAsOf = null)
    {
        Id = id;
        Platform = platform;
        ExternalUserId = externalUserId ?? throw new ArgumentNullException(nameof(externalUserId));
        Handle = handle;
        DisplayName = displayName;
        Email = email;
        Followers = followers;
        Verified = verified;
        ContactId = contactId;
        LinkMethod = linkMethod;
        LinkConfidence = linkConfidence;
        Blocked = blocked;
        IdentityAsOf = identityAsOf;
    }

    public Guid Id { get; }

    public SocialPlatform Platform { get; }

    public string ExternalUserId { get; }

    public string? Handle { get; }

    public string? DisplayName { get; }

    public string? Email { get; }

    public int? Followers { get; }

    public bool Verified { get; }

    /// <summary>scrm_contactid: the contact this identity belongs to, when linked.</summary>
    public Guid? ContactId { get; }

    public LinkMethod LinkMethod { get; }

    public int? LinkConfidence { get; }

    /// <summary>scrm_blocked: an agent blocked this identity (spam, abuse); its mentions are kept but never escalate.</summary>
    public bool Blocked { get; }

    /// <summary>scrm_identityasof: when the network said the handle, name, e-mail and figures the profile holds (UTC).</summary>
    public DateTime? IdentityAsOf { get; }
}
