using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>
/// The author of a mention as the source posted it (the scrm_author* columns of scrm_mention). Identity resolution turns
/// it into a social profile. Values are as given: <see cref="Normalized"/> cleans them.
/// </summary>
public sealed class MentionAuthor
{
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
    public MentionAuthor Normalized()
    {
        var externalId = TextNormalizer.Line(ExternalId);
        var handle = TextNormalizer.Handle(Handle);
        var displayName = TextNormalizer.Line(DisplayName);
        var email = TextNormalizer.Email(Email);
        return ReferenceEquals(externalId, ExternalId) && ReferenceEquals(handle, Handle) && ReferenceEquals(displayName, DisplayName)
            && ReferenceEquals(email, Email)
            ? this
            : new MentionAuthor(externalId, handle, displayName, email, Followers, Verified);
    }

    /// <summary>
    /// This author, told after <paramref name="earlier"/>: every value given here wins, and a value left out here keeps
    /// the earlier one. What we know of a person is never lost to a post that says less (issue #13, defect 1).
    /// </summary>
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
