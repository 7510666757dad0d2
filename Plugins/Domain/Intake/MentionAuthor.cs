using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>
/// The author of a mention as the source posted it (the scrm_author* columns of scrm_mention). Identity resolution turns
/// it into a social profile. Values are as given: <see cref="Normalized"/> cleans them.
/// </summary>
public sealed class MentionAuthor
{
    // Known to be cleaned already, so that cleaning it again costs nothing (normalising is idempotent).
    private bool _normalized;

    public MentionAuthor(
        string? externalId,
        string? handle = null,
        string? displayName = null,
        string? email = null,
        int? followers = null,
        bool? verified = null)
    {
        ExternalId = externalId;
        Handle = handle;
        DisplayName = displayName;
        Email = email;
        Followers = followers;
        Verified = verified;
    }

    /// <summary>scrm_authorexternalid: the author's user id on the network.</summary>
    public string? ExternalId { get; }

    /// <summary>scrm_authorhandle.</summary>
    public string? Handle { get; }

    /// <summary>scrm_authordisplayname.</summary>
    public string? DisplayName { get; }

    /// <summary>scrm_authoremail: rarely given by networks, common from web forms and direct messages.</summary>
    public string? Email { get; }

    /// <summary>scrm_authorfollowers; null when the source did not say.</summary>
    public int? Followers { get; }

    /// <summary>scrm_authorverified; null when the source did not say.</summary>
    public bool? Verified { get; }

    /// <summary>This author with every text value cleaned (see <see cref="TextNormalizer"/>); the author itself when
    /// cleaning changes nothing.</summary>
    public MentionAuthor Normalized() =>
        _normalized ? this : Normalize(ExternalId, Handle, DisplayName, Email, Followers, Verified, asSent: this);

    /// <summary>The author of these values as sent, cleaned: what <see cref="Normalized"/> of the author made of them gives,
    /// without making that author first.</summary>
    public static MentionAuthor NormalizedFrom(string? externalId, string? handle, string? displayName, string? email, int? followers, bool? verified) =>
        Normalize(externalId, handle, displayName, email, followers, verified, asSent: null);

    private static MentionAuthor Normalize(
        string? externalId, string? handle, string? displayName, string? email, int? followers, bool? verified, MentionAuthor? asSent)
    {
        var cleanExternalId = TextNormalizer.Line(externalId);
        var cleanHandle = TextNormalizer.Handle(handle);
        var cleanDisplayName = TextNormalizer.Line(displayName);
        var cleanEmail = TextNormalizer.Email(email);
        var normalized = asSent != null && ReferenceEquals(cleanExternalId, externalId) && ReferenceEquals(cleanHandle, handle)
            && ReferenceEquals(cleanDisplayName, displayName) && ReferenceEquals(cleanEmail, email)
            ? asSent
            : new MentionAuthor(cleanExternalId, cleanHandle, cleanDisplayName, cleanEmail, followers, verified);
        normalized._normalized = true;
        return normalized;
    }

    public MentionAuthor FillingGapsFrom(MentionAuthor? earlier) =>
        earlier == null ? this
        : new MentionAuthor(
            externalId: Given(ExternalId) ?? earlier.ExternalId,
            handle: Given(Handle) ?? Given(earlier.Handle),
            displayName: Given(DisplayName) ?? Given(earlier.DisplayName),
            email: Given(Email) ?? Given(earlier.Email),
            followers: Followers ?? earlier.Followers,
            verified: Verified ?? earlier.Verified);

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
