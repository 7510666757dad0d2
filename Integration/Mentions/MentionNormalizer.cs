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
    /// <summary>The earliest date and time a Dataverse column holds, 1753-01-01 (DateTimeAttributeMetadata.MinSupportedValue,
    /// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.datetimeattributemetadata.minsupportedvalue).</summary>
    public static readonly DateTimeOffset EarliestPostedOn = new(1753, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public MentionNormalization Normalize(MentionInput input) => Normalize(input, []);

    /// <summary>Normalises <paramref name="input"/>; <paramref name="readProblems"/> are what reading it already found.</summary>
    public MentionNormalization Normalize(MentionInput input, IEnumerable<FieldProblem> readProblems)
    {
        var problems = new List<FieldProblem>(readProblems);

        var platform = ParsePlatform(input.Platform, problems);
        CheckDirection(input.Direction, problems);
        var externalPostId = CheckedId(MentionFields.ExternalPostId, MentionTable.ExternalPostId, input.ExternalPostId, MentionRules.ExternalPostId, problems);
        var threadId = CheckedId(MentionFields.ThreadId, MentionTable.ThreadId, input.ThreadId, MentionRules.ThreadId, problems);
        var inReplyToId = CheckedId(MentionFields.InReplyToId, MentionTable.InReplyToId, input.InReplyToId, MentionRules.InReplyToId, problems);
        var messageType = ParseMessageType(input.MessageType, inReplyToId, problems);
        var postedOn = ParsePostedOn(input.PostedOn, problems);
        var text = Checked(MentionFields.Text, MentionTable.Description, TextNormalizer.Text(input.Text), MentionRules.Text, problems);
        var postUrl = Checked(MentionFields.PostUrl, MentionTable.PostUrl, TextNormalizer.Line(input.PostUrl), MentionRules.PostUrl, problems);
        var language = Checked(MentionFields.Language, MentionTable.Language, TextNormalizer.Line(input.Language), MentionRules.Language, problems);

        var authorId = CheckedId(MentionFields.AuthorExternalId, MentionTable.AuthorExternalId, input.AuthorExternalId, MentionRules.AuthorExternalId, problems);
        var handle = Checked(MentionFields.AuthorHandle, MentionTable.AuthorHandle, TextNormalizer.Handle(WithoutDirectionControls(input.AuthorHandle)), MentionRules.AuthorHandle, problems);
        var displayName = Checked(MentionFields.AuthorDisplayName, MentionTable.AuthorDisplayName, TextNormalizer.Line(WithoutDirectionControls(input.AuthorDisplayName)), MentionRules.AuthorDisplayName, problems);
        var email = Checked(MentionFields.AuthorEmail, MentionTable.AuthorEmail, TextNormalizer.Email(input.AuthorEmail), MentionRules.AuthorEmail, problems);

        // A no-reply or network-owned address is no one's: the mention is fine, but it tells nothing of its author.
        email = email != null && PlaceholderEmail.IsPlaceholder(email) ? null : email;
        var followers = ParseCount(MentionFields.AuthorFollowers, MentionTable.AuthorFollowers, input.AuthorFollowers, problems);
        var verified = ParseFlag(MentionFields.AuthorVerified, MentionTable.AuthorVerified, input.AuthorVerified, problems);
        var likes = ParseCount(MentionFields.Likes, MentionTable.Likes, input.Likes, problems);
        var shares = ParseCount(MentionFields.Shares, MentionTable.Shares, input.Shares, problems);
        var replies = ParseCount(MentionFields.Replies, MentionTable.Replies, input.Replies, problems);
        var (sentimentScore, sentimentSource) = ParseSentiment(input.SentimentScore, input.SentimentSource, problems);

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
            replies,
            messageType,
            sentimentScore,
            sentimentSource));
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

    /// <summary>The kind of message; a source that does not say is read by its shape: a reply is a comment, else a post.</summary>
    private static MessageType ParseMessageType(string? raw, string? inReplyToId, List<FieldProblem> problems)
    {
        var value = TextNormalizer.Line(raw)?.ToLowerInvariant();
        switch (value)
        {
            case null:
                return inReplyToId == null ? MessageType.PublicPost : MessageType.CommentOrReply;
            case "post" or "public post" or "publicpost" or "746500000":
                return MessageType.PublicPost;
            case "comment" or "reply" or "comment or reply" or "commentorreply" or "746500001":
                return MessageType.CommentOrReply;
            case "private message" or "privatemessage" or "message" or "direct message" or "dm" or "746500002":
                return MessageType.PrivateMessage;
            default:
                problems.Add(Problem(MentionFields.MessageType, MentionTable.MessageType,
                    $"is not a message type: '{value}'; use post, comment, reply or private message"));
                return MessageType.PublicPost;
        }
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

        if (postedOn < EarliestPostedOn)
        {
            problems.Add(Problem(MentionFields.PostedOn, MentionTable.PostedOn,
                $"is before 1753-01-01, the earliest date Dataverse stores: {postedOn.Value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
            return null;
        }

        return Checked(MentionFields.PostedOn, MentionTable.PostedOn, postedOn?.ToUniversalTime(),
            time => MentionRules.PostedOn(time?.UtcDateTime, clock.GetUtcNow().UtcDateTime), problems);
    }

    /// <summary>
    /// An id, cleaned and checked by its shared rule. Cleaning drops invisible characters (zero-width, controls), which
    /// would make two distinct ids one key, so an id holding any is refused instead.
    /// </summary>
    private static string? CheckedId(string field, string column, string? raw, Func<string?, string?> rule, List<FieldProblem> problems)
    {
        var invisible = raw?.Trim().FirstOrDefault(c => char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control) ?? default;
        if (invisible == default)
        {
            return Checked(field, column, TextNormalizer.Line(raw), rule, problems);
        }

        problems.Add(Problem(field, column, $"holds an invisible character (U+{(int)invisible:X4}), which would make it the same key as another id"));
        return null;
    }

    /// <summary>
    /// Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) make a name display as something
    /// else; a name never needs them, so they go. https://www.unicode.org/reports/tr36/#Bidirectional_Text_Spoofing
    /// </summary>
    private static string? WithoutDirectionControls(string? name) =>
        name == null ? null : string.Concat(name.Where(c => c is not ((>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))));

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

    // A score the source already has is kept by the server's intake instead of its own; who scored it must come with it,
    // so a reader of the mention can tell a listening tool's judgement from the local lexicon's.
    private static (double? Score, string? Source) ParseSentiment(string? rawScore, string? rawSource, List<FieldProblem> problems)
    {
        var value = TextNormalizer.Line(rawScore);
        var source = TextNormalizer.Line(rawSource);
        if (source != null && source.Length > MentionTable.SentimentSourceLength)
        {
            problems.Add(Problem(MentionFields.SentimentSource, MentionTable.SentimentSource,
                $"is too long: {source.Length.ToString(CultureInfo.InvariantCulture)} characters, the limit is {MentionTable.SentimentSourceLength.ToString(CultureInfo.InvariantCulture)}"));
            return (null, null);
        }

        if (value == null)
        {
            if (source != null)
            {
                problems.Add(Problem(MentionFields.SentimentSource, MentionTable.SentimentSource,
                    $"names a scorer but no {MentionFields.SentimentScore} came with it; send the score, or leave both out for the server to score"));
            }

            return (null, null);
        }

        if (!double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score)
            || score < -1 || score > 1)
        {
            problems.Add(Problem(MentionFields.SentimentScore, MentionTable.SentimentScore,
                $"is not a score from -1 (negative) to 1 (positive): '{value}'"));
            return (null, null);
        }

        if (source == null)
        {
            problems.Add(Problem(MentionFields.SentimentSource, MentionTable.SentimentSource,
                $"is required: a {MentionFields.SentimentScore} must say who scored it, such as 'Azure AI Language'"));
            return (null, null);
        }

        return (score, source);
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
