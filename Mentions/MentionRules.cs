using System;
using System.Globalization;
using System.Linq;

namespace SocialCrm.Mentions;

/// <summary>
/// The rules a mention's fields follow wherever it enters: the worker checks them before a mention takes a queue slot,
/// the plug-ins' intake before it is written, so a mention the worker accepts is never refused by the server for its
/// fields. Each check takes a value already cleaned by <see cref="TextNormalizer"/> (lengths count the cleaned text) and
/// returns what is wrong as the end of a sentence that starts with the field's name ("is too long: 101 characters, the
/// limit is 100"), or null when the value is fine. Each edge names the field its own way.
/// </summary>
public static class MentionRules
{
    /// <summary>Clock skew tolerated between a network and us before a post counts as from the future.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static string? Platform(int? value)
    {
        if (!value.HasValue)
        {
            return Required("the network a mention comes from is part of its key");
        }

        if (Choices.IsPlatform(value.Value))
        {
            return null;
        }

        var known = Enum.GetValues(typeof(SocialPlatform)).Cast<SocialPlatform>()
            .Select(platform => $"{platform} ({Number((int)platform)})");
        return $"is not a known network: {Number(value.Value)}; use one of {string.Join(", ", known)}";
    }

    public static string? ExternalPostId(string? value) => RequiredId(value, "the post's id on its network identifies the mention");

    public static string? AuthorExternalId(string? value) => RequiredId(value, "the author's user id on its network identifies their social profile");

    public static string? ThreadId(string? value) => Length(value, MentionTable.ExternalIdLength);

    public static string? InReplyToId(string? value) => Length(value, MentionTable.ExternalIdLength);

    public static string? Text(string? value) => Length(value, MentionTable.DescriptionLength);

    public static string? Language(string? value) => Length(value, MentionTable.LanguageLength);

    public static string? AuthorHandle(string? value) => Length(value, MentionTable.AuthorHandleLength);

    public static string? AuthorDisplayName(string? value) => Length(value, MentionTable.AuthorDisplayNameLength);

    /// <summary>One '@' with something on both sides and no space: the shape, not whether the mailbox exists.</summary>
    public static string? AuthorEmail(string? value)
    {
        var tooLong = Length(value, MentionTable.AuthorEmailLength);
        if (tooLong != null || value == null)
        {
            return tooLong;
        }

        var at = value.IndexOf('@');
        var isAddress = at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && value.IndexOf(' ') < 0;
        return isAddress ? null : $"is not an e-mail address: '{value}'";
    }

    /// <summary>An absolute http or https address: a link agents open from the mention.</summary>
    public static string? PostUrl(string? value)
    {
        var tooLong = Length(value, MentionTable.PostUrlLength);
        if (tooLong != null || value == null)
        {
            return tooLong;
        }

        var isWebAddress = Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        return isWebAddress ? null : $"is not an http or https address: '{value}'";
    }

    /// <summary>Required, and at most <see cref="FutureTolerance"/> after <paramref name="utcNow"/>.</summary>
    public static string? PostedOn(DateTime? postedOnUtc, DateTime utcNow)
    {
        if (!postedOnUtc.HasValue)
        {
            return Required("threading and rollups order mentions by when they were posted");
        }

        return postedOnUtc.Value - utcNow > FutureTolerance
            ? $"is in the future: {Format(postedOnUtc.Value)} is more than {Number((int)FutureTolerance.TotalMinutes)} minutes after now " +
              $"({Format(utcNow)}); check the source's clock and time zone"
            : null;
    }

    /// <summary>Followers, likes, shares, replies: never negative.</summary>
    public static string? Count(int? value) =>
        value.HasValue && value.Value < 0 ? $"cannot be negative: {Number(value.Value)}" : null;

    private static string? RequiredId(string? value, string why) =>
        value == null ? Required(why) : Length(value, MentionTable.ExternalIdLength);

    private static string Required(string why) => $"is required: {why}";

    private static string? Length(string? value, int maxLength) =>
        value != null && value.Length > maxLength
            ? $"is too long: {Number(value.Length)} characters, the limit is {Number(maxLength)}"
            : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
