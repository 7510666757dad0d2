using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// The edge of the worker: turns what a source delivered into a <see cref="Mention"/>, or says which fields are wrong.
/// Each message names the field as the source spells it and the scrm_mention column it fills, so a rejected line of an
/// import or a refused webhook tells its sender what to fix. Text is cleaned and checked by the server's own
/// <see cref="TextNormalizer"/> and <see cref="MentionRules"/> (compiled into both), so a bad record never takes a queue
/// slot and never fails a whole batch on the server. Parsing text into numbers, dates and names is the worker's part.
/// </summary>
public sealed class MentionNormalizer(TimeProvider clock)
{
    public MentionNormalization Normalize(MentionInput input) => Normalize(input, []);

    /// <summary>Normalises <paramref name="input"/>; <paramref name="readProblems"/> are what reading it already found.</summary>
    public MentionNormalization Normalize(MentionInput input, IEnumerable<FieldProblem> readProblems)
    {
        var problems = new List<FieldProblem>(readProblems);

        var platform = ParsePlatform(input.Platform, problems);
        CheckDirection(input.Direction, problems);
        var externalPostId = Checked(MentionFields.ExternalPostId, MentionTable.ExternalPostId, TextNormalizer.Line(input.ExternalPostId), MentionRules.ExternalPostId, problems);
        var threadId = Checked(MentionFields.ThreadId, MentionTable.ThreadId, TextNormalizer.Line(input.ThreadId), MentionRules.ThreadId, problems);
        var inReplyToId = Checked(MentionFields.InReplyToId, MentionTable.InReplyToId, TextNormalizer.Line(input.InReplyToId), MentionRules.InReplyToId, problems);
        var postedOn = ParsePostedOn(input.PostedOn, problems);
        var text = Checked(MentionFields.Text, MentionTable.Description, TextNormalizer.Text(input.Text), MentionRules.Text, problems);
        var postUrl = Checked(MentionFields.PostUrl, MentionTable.PostUrl, TextNormalizer.Line(input.PostUrl), MentionRules.PostUrl, problems);
        var language = Checked(MentionFields.Language, MentionTable.Language, TextNormalizer.Line(input.Language), MentionRules.Language, problems);

        var authorId = Checked(MentionFields.AuthorExternalId, MentionTable.AuthorExternalId, TextNormalizer.Line(input.AuthorExternalId), MentionRules.AuthorExternalId, problems);
        var handle = Checked(MentionFields.AuthorHandle, MentionTable.AuthorHandle, TextNormalizer.Handle(input.AuthorHandle), MentionRules.AuthorHandle, problems);
        var displayName = Checked(MentionFields.AuthorDisplayName, MentionTable.AuthorDisplayName, TextNormalizer.Line(input.AuthorDisplayName), MentionRules.AuthorDisplayName, problems);
        var email = Checked(MentionFields.AuthorEmail, MentionTable.AuthorEmail, TextNormalizer.Email(input.AuthorEmail), MentionRules.AuthorEmail, problems);

        // A no-reply or network-owned address is no one's: the mention is fine, but it tells nothing of its author.
        email = email != null && PlaceholderEmail.IsPlaceholder(email) ? null : email;
        var followers = ParseCount(MentionFields.AuthorFollowers, MentionTable.AuthorFollowers, input.AuthorFollowers, problems);
        var verified = ParseFlag(MentionFields.AuthorVerified, MentionTable.AuthorVerified, input.AuthorVerified, problems);
        var likes = ParseCount(MentionFields.Likes, MentionTable.Likes, input.Likes, problems);
        var shares = ParseCount(MentionFields.Shares, MentionTable.Shares, input.Shares, problems);
        var replies = ParseCount(MentionFields.Replies, MentionTable.Replies, input.Replies, problems);

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
        var value = TextNormalizer.Line(raw);
        if (value == null)
        {
            problems.Add(Problem(MentionFields.Platform, MentionTable.Platform, MentionRules.Platform(null)!));
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
        problems.Add(Problem(MentionFields.Platform, MentionTable.Platform, $"is not a known network: '{value}'; use one of {known}"));
        return null;
    }

    private static void CheckDirection(string? raw, List<FieldProblem> problems)
    {
        var value = TextNormalizer.Line(raw);
        if (value == null
            || string.Equals(value, nameof(MentionDirection.Inbound), StringComparison.OrdinalIgnoreCase)
            || value == ((int)MentionDirection.Inbound).ToString(CultureInfo.InvariantCulture))
        {
            return;
        }

        problems.Add(Problem(MentionFields.Direction, MentionTable.Direction,
            $"must be inbound, not '{value}': the worker brings in what others post; replies are written in Dataverse, in their conversation"));
    }

    private DateTimeOffset? ParsePostedOn(string? raw, List<FieldProblem> problems)
    {
        var value = TextNormalizer.Line(raw);
        var postedOn = value == null ? null : ParseTime(value);
        if (value != null && postedOn == null)
        {
            problems.Add(Problem(MentionFields.PostedOn, MentionTable.PostedOn,
                $"is not a date and time: '{value}'; use ISO 8601 such as 2025-03-01T09:30:00Z (no offset means UTC) or Unix seconds"));
            return null;
        }

        return Checked(MentionFields.PostedOn, MentionTable.PostedOn, postedOn?.ToUniversalTime(),
            time => MentionRules.PostedOn(time?.UtcDateTime, clock.GetUtcNow().UtcDateTime), problems);
    }

    private static DateTimeOffset? ParseTime(string value)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds) && unixSeconds <= 253402300799)
        {
            return DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    private static int? ParseCount(string field, string column, string? raw, List<FieldProblem> problems)
    {
        var value = TextNormalizer.Line(raw);
        if (value == null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            problems.Add(Problem(field, column, $"is not a whole number: '{value}'"));
            return null;
        }

        return Checked(field, column, (int?)count, MentionRules.Count, problems);
    }

    private static bool? ParseFlag(string field, string column, string? raw, List<FieldProblem> problems)
    {
        var value = TextNormalizer.Line(raw)?.ToLowerInvariant();
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

    /// <summary><paramref name="value"/> when the shared <paramref name="rule"/> finds nothing wrong with it, else null and its problem.</summary>
    private static T? Checked<T>(string field, string column, T? value, Func<T?, string?> rule, List<FieldProblem> problems)
    {
        var problem = rule(value);
        if (problem == null)
        {
            return value;
        }

        problems.Add(Problem(field, column, problem));
        return default;
    }

    private static FieldProblem Problem(string field, string column, string what) => new(field, $"{field} ({column}) {what}.");
}
