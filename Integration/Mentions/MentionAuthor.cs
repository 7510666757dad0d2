namespace SocialCrm.Integration.Mentions;

/// <summary>The author of a mention as its network describes them; the server resolves them to a social profile.</summary>
public sealed record MentionAuthor(
    string ExternalId,
    string? Handle = null,
    string? DisplayName = null,
    string? Email = null,
    int? Followers = null,
    bool? Verified = null);
