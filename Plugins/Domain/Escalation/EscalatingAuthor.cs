using System;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The author of the mention as escalation sees them: how influential, whether blocked, who to name and bill.</summary>
public sealed class EscalatingAuthor
{
    public EscalatingAuthor(
        int influence,
        bool blocked,
        string? handle = null,
        string? displayName = null,
        Guid? contactId = null,
        int followers = 0,
        bool verified = false,
        Guid? profileId = null,
        string? email = null)
    {
        ProfileId = profileId;
        Email = email;
        Influence = influence;
        Blocked = blocked;
        Handle = handle;
        DisplayName = displayName;
        ContactId = contactId;
        Followers = followers;
        Verified = verified;
    }

    /// <summary>The author's influence score, 0..100.</summary>
    public int Influence { get; }

    /// <summary>The author's profile is blocked (see <c>IdentityDecision.MayEscalate</c>).</summary>
    public bool Blocked { get; }

    public string? Handle { get; }

    public string? DisplayName { get; }

    /// <summary>The contact of the author's profile (else the conversation's): the case's customer when known.</summary>
    public Guid? ContactId { get; }

    public int Followers { get; }

    /// <summary>The author's scrm_socialprofile; null when the mention has none.</summary>
    public Guid? ProfileId { get; }

    public string? Email { get; }

    /// <summary>The network marks the account as verified.</summary>
    public bool Verified { get; }
}
