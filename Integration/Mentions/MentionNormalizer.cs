using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// The edge of the worker: turns what a source delivered into a <see cref="Mention"/>, or says which fields are wrong.
/// Each message names the field as the source spells it and the scrm_mention column it fills, so a rejected line of an
/// import or a refused webhook tells its sender what to fix. The rules are the server's intake rules (required key
/// values, lengths, no posts from the future), checked here so that a bad record never takes a queue slot and never
/// fails a whole batch on the server. Text is cleaned the way the server cleans it, so the two agree on lengths.
/// </summary>
public sealed class MentionNormalizer(TimeProvider clock)
{
    /// <summary>Clock skew tolerated before a post counts as from the future (the server's intake uses the same).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public MentionNormalization Normalize(MentionInput input) => Normalize(input, []);

    /// <summary>Normalises <paramref name="input"/>; <paramref name="readProblems"/> are what reading it already found.</summary>
    public MentionNormalization Normalize(MentionInput input, IEnumerable<FieldProblem> readProblems)
    {
        var problems = new List<FieldProblem>(readProblems);

        var platform = ParsePlatform(input.Platform, problems);
        CheckDirection(input.Direction, problems);
        var externalPostId = RequiredId(MentionFields.ExternalPostId, MentionColumns.ExternalPostId, input.ExternalPostId, problems,
            "the post's id on its network identifies the mention");
        var threadId = Limited(MentionFields.ThreadId, MentionColumns.ThreadId, TextCleaner.Line(input.ThreadId), MentionColumns.ExternalIdLength, problems);
        var inReplyToId = Limited(MentionFields.InReplyToId, MentionColumns.InReplyToId, TextCleaner.Line(input.InReplyToId), MentionColumns.ExternalIdLength, problems);
        var postedOn = ParsePostedOn(input.PostedOn, problems);
        var text = Limited(MentionFields.Text, MentionColumns.Description, TextCleaner.Text(input.Text), MentionColumns.DescriptionLength, problems);
        var postUrl = ParseUrl(input.PostUrl, problems);
        var language = Limited(MentionFields.Language, MentionColumns.Language, TextCleaner.Line(input.Language), MentionColumns.LanguageLength, problems);

        var authorId = RequiredId(MentionFields.AuthorExternalId, MentionColumns.AuthorExternalId, input.AuthorExternalId, problems,
            "the author's user id on its network identifies their social profile");
        var handle = Limited(MentionFields.AuthorHandle, MentionColumns.AuthorHandle, TextCleaner.Handle(input.AuthorHandle), MentionColumns.AuthorHandleLength, problems);
        var displayName = Limited(MentionFields.AuthorDisplayName, MentionColumns.AuthorDisplayName, TextCleaner.Line(input.AuthorDisplayName), MentionColumns.AuthorDisplayNameLength, problems);
        var email = ParseEmail(input.AuthorEmail, problems);
        var followers = ParseCount(MentionFields.AuthorFollowers, MentionColumns.AuthorFollowers, input.AuthorFollowers, problems);
        var verified = ParseFlag(MentionFields.AuthorVerified, MentionColumns.AuthorVerified, input.AuthorVerified, problems);
        var likes = ParseCount(MentionFields.Likes, MentionColumns.Likes, input.Likes, problems);
        var shares = ParseCount(MentionFields.Shares, MentionColumns.Shares, input.Shares, problems);
        var replies = ParseCount(MentionFields.Replies, MentionColumns.Replies, input.Replies, problems);

        if (problems.Count > 0)
        {
            return MentionNormalization.Rejected(problems);
        }

        return MentionNormalization.Accepted(new Mention(
            platform!.Value,
            externalPostId!,
            new MentionAuthor(authorId!, handle, displayName, email, followers, verified),
            postedOn!.Value,
            text,
            threadId,
            inReplyToId,
            postUrl,
            language,
            likes,
            shares,
            replies));
    }

    private static SocialPlatform? ParsePlatform(string? raw, List<FieldProblem> problems)
    {
        var value = TextCleaner.Line(raw);
        if (value == null)
        {
            problems.Add(Required(MentionFields.Platform, MentionColumns.Platform, "the network a mention comes from is part of its key"));
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(typeof(SocialPlatform), number))
        {
            return (SocialPlatform)number;
        }

        // Twitter is still what many exports call X.
        if (string.Equals(value, "twitter", StringComparison.OrdinalIgnoreCase))
        {
            return SocialPlatform.X;
        }

        if (!int.TryParse(value, out _) && Enum.TryParse<SocialPlatform>(value, ignoreCase: true, out var named))
        {
            return named;
        }

        var known = string.Join(", ", Enum.GetNames<SocialPlatform>().Select(n => n.ToLowerInvariant()));
        problems.Add(Problem(MentionFields.Platform, MentionColumns.Platform, $"is not a known network: '{value}'; use one of {known}"));
        return null;
    }

    private static void CheckDirection(string? raw, List<FieldProblem> problems)
    {
        var value = TextCleaner.Line(raw);
        if (value == null
            || string.Equals(value, nameof(MentionDirection.Inbound), StringComparison.OrdinalIgnoreCase)
            || value == ((int)MentionDirection.Inbound).ToString(CultureInfo.InvariantCulture))
        {
            return;
        }

        problems.Add(Problem(MentionFields.Direction, MentionColumns.Direction,
            $"must be inbound, not '{value}': the worker brings in what others post; replies are written in Dataverse, in their conversation"));
    }

    private static string? RequiredId(string field, string column, string? raw, List<FieldProblem> problems, string why)
    {
        var value = TextCleaner.Line(raw);
        if (value == null)
        {
            problems.Add(Required(field, column, why));
            return null;
        }

        return Limited(field, column, value, MentionColumns.ExternalIdLength, problems);
    }

    private DateTimeOffset? ParsePostedOn(string? raw, List<FieldProblem> problems)
    {
        var value = TextCleaner.Line(raw);
        if (value == null)
        {
            problems.Add(Required(MentionFields.PostedOn, MentionColumns.PostedOn, "threading and rollups order mentions by when they were posted"));
            return null;
        }

        DateTimeOffset postedOn;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds) && unixSeconds <= 253402300799)
        {
            postedOn = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        }
        else if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out postedOn))
        {
            problems.Add(Problem(MentionFields.PostedOn, MentionColumns.PostedOn,
                $"is not a date and time: '{value}'; use ISO 8601 such as 2025-03-01T09:30:00Z (no offset means UTC) or Unix seconds"));
            return null;
        }

        var now = clock.GetUtcNow();
        if (postedOn - now > FutureTolerance)
        {
            problems.Add(Problem(MentionFields.PostedOn, MentionColumns.PostedOn,
                $"is in the future: {postedOn.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} is more than {FutureTolerance.TotalMinutes:0} minutes after now " +
                $"({now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}); check the source's clock and time zone"));
            return null;
        }

        return postedOn.ToUniversalTime();
    }

    private static string? ParseUrl(string? raw, List<FieldProblem> problems)
    {
        var value = Limited(MentionFields.PostUrl, MentionColumns.PostUrl, TextCleaner.Line(raw), MentionColumns.PostUrlLength, problems);
        if (value == null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add(Problem(MentionFields.PostUrl, MentionColumns.PostUrl, $"is not an http or https address: '{value}'"));
            return null;
        }

        return value;
    }

    private static string? ParseEmail(string? raw, List<FieldProblem> problems)
    {
        var value = Limited(MentionFields.AuthorEmail, MentionColumns.AuthorEmail, TextCleaner.Line(raw)?.ToLowerInvariant(), MentionColumns.AuthorEmailLength, problems);
        if (value == null)
        {
            return null;
        }

        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || value.Contains(' '))
        {
            problems.Add(Problem(MentionFields.AuthorEmail, MentionColumns.AuthorEmail, $"is not an e-mail address: '{value}'"));
            return null;
        }

        // A no-reply or network-owned address is no one's: the mention is fine, but it tells nothing of its author.
        return PlaceholderEmail.IsPlaceholder(value) ? null : value;
    }

    private static int? ParseCount(string field, string column, string? raw, List<FieldProblem> problems)
    {
        var value = TextCleaner.Line(raw);
        if (value == null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            problems.Add(Problem(field, column, $"is not a whole number: '{value}'"));
            return null;
        }

        if (count < 0)
        {
            problems.Add(Problem(field, column, $"cannot be negative: {count.ToString(CultureInfo.InvariantCulture)}"));
            return null;
        }

        return count;
    }

    private static bool? ParseFlag(string field, string column, string? raw, List<FieldProblem> problems)
    {
        var value = TextCleaner.Line(raw)?.ToLowerInvariant();
        switch (value)
        {
            case null:
                return null;
            case "true" or "yes" or "1":
                return true;
            case "false" or "no" or "0":
                return false;
            default:
                problems.Add(Problem(field, column, $"is not true or false: '{value}'"));
                return null;
        }
    }

    private static string? Limited(string field, string column, string? value, int maxLength, List<FieldProblem> problems)
    {
        if (value != null && value.Length > maxLength)
        {
            problems.Add(Problem(field, column,
                $"is too long: {value.Length.ToString(CultureInfo.InvariantCulture)} characters, the limit is {maxLength.ToString(CultureInfo.InvariantCulture)}"));
            return null;
        }

        return value;
    }

    private static FieldProblem Required(string field, string column, string why) => Problem(field, column, $"is required: {why}");

    private static FieldProblem Problem(string field, string column, string what) => new(field, $"{field} ({column}) {what}.");
}
