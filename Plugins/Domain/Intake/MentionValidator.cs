using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>
/// Checks an incoming mention (normalise it first: lengths count the cleaned text) against the rules of intake and
/// returns every problem, each message naming the column by its logical name. Messages follow three shapes:
/// "&lt;column&gt; is required: &lt;why&gt;.", "&lt;column&gt; is too long: N characters, the limit is M." and
/// "&lt;column&gt; &lt;rule broken&gt;: &lt;detail&gt;.".
/// </summary>
public static class MentionValidator
{
    /// <summary>Clock skew tolerated between a network and Dataverse before a post counts as from the future.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static MentionValidation Validate(IncomingMention mention, DateTime utcNow)
    {
        var problems = new List<ValidationProblem>();
        CheckPlatform(mention.Platform, problems);
        CheckDirection(mention, problems);
        CheckId(MentionTable.ExternalPostId, mention.ExternalPostId, problems,
            "the post's id on its network identifies the mention");
        CheckLength(MentionTable.ThreadId, mention.ThreadId, MentionTable.ExternalIdLength, problems);
        CheckLength(MentionTable.InReplyToId, mention.InReplyToId, MentionTable.ExternalIdLength, problems);
        CheckPostedOn(mention.PostedOn, utcNow, problems);
        CheckLength(MentionTable.Description, mention.Text, MentionTable.DescriptionLength, problems);
        CheckLength(MentionTable.PostUrl, mention.PostUrl, MentionTable.PostUrlLength, problems);
        CheckLength(MentionTable.Language, mention.Language, MentionTable.LanguageLength, problems);

        var author = mention.Author;
        CheckId(MentionTable.AuthorExternalId, author.ExternalId, problems,
            "the author's user id on its network identifies their social profile");
        CheckLength(MentionTable.AuthorHandle, author.Handle, MentionTable.AuthorHandleLength, problems);
        CheckLength(MentionTable.AuthorDisplayName, author.DisplayName, MentionTable.AuthorDisplayNameLength, problems);
        CheckLength(MentionTable.AuthorEmail, author.Email, MentionTable.AuthorEmailLength, problems);
        CheckNotNegative(MentionTable.AuthorFollowers, author.Followers, problems);
        CheckNotNegative(MentionTable.Likes, mention.Engagement.Likes, problems);
        CheckNotNegative(MentionTable.Shares, mention.Engagement.Shares, problems);
        CheckNotNegative(MentionTable.Replies, mention.Engagement.Replies, problems);
        return new MentionValidation(problems);
    }

    private static void CheckPlatform(int? platform, List<ValidationProblem> problems)
    {
        if (!platform.HasValue)
        {
            problems.Add(Required(MentionTable.Platform, "the network a mention comes from is part of its key"));
        }
        else if (!Enum.IsDefined(typeof(SocialPlatform), platform.Value))
        {
            problems.Add(UnknownChoice(MentionTable.Platform, "network", platform.Value, typeof(SocialPlatform)));
        }
    }

    private static void CheckDirection(IncomingMention mention, List<ValidationProblem> problems)
    {
        if (mention.Direction.HasValue && !Enum.IsDefined(typeof(MentionDirection), mention.Direction.Value))
        {
            problems.Add(UnknownChoice(MentionTable.Direction, "direction", mention.Direction.Value, typeof(MentionDirection)));
        }
        else if (mention.KnownDirection == MentionDirection.Outbound && !mention.ConversationId.HasValue)
        {
            problems.Add(new ValidationProblem(MentionTable.Conversation,
                $"{MentionTable.Conversation} is required for an outbound mention: a reply is posted in a conversation."));
        }

        // Threading takes a given regarding as the mention's conversation: any other table's row is not one.
        if (mention.ConversationId.HasValue && mention.RegardingTable != null
            && !string.Equals(mention.RegardingTable, ConversationTable.LogicalName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new ValidationProblem(MentionTable.Conversation,
                $"{MentionTable.Conversation} is not a {ConversationTable.LogicalName}: a mention is regarding its conversation, " +
                $"not a {mention.RegardingTable}."));
        }
    }

    private static void CheckId(string column, string? value, List<ValidationProblem> problems, string why)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Required(column, why));
        }
        else
        {
            CheckLength(column, value, MentionTable.ExternalIdLength, problems);
        }
    }

    private static void CheckPostedOn(DateTime? postedOn, DateTime utcNow, List<ValidationProblem> problems)
    {
        if (!postedOn.HasValue)
        {
            problems.Add(Required(MentionTable.PostedOn, "threading and rollups order mentions by when they were posted"));
        }
        else if (postedOn.Value - utcNow > FutureTolerance)
        {
            problems.Add(new ValidationProblem(MentionTable.PostedOn,
                $"{MentionTable.PostedOn} is in the future: {Format(postedOn.Value)} is more than " +
                $"{FutureTolerance.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes after now " +
                $"({Format(utcNow)}); check the source's clock and time zone."));
        }
    }

    private static void CheckLength(string column, string? value, int maxLength, List<ValidationProblem> problems)
    {
        if (value != null && value.Length > maxLength)
        {
            problems.Add(new ValidationProblem(column,
                $"{column} is too long: {value.Length.ToString(CultureInfo.InvariantCulture)} characters, " +
                $"the limit is {maxLength.ToString(CultureInfo.InvariantCulture)}."));
        }
    }

    private static void CheckNotNegative(string column, int? value, List<ValidationProblem> problems)
    {
        if (value.HasValue && value.Value < 0)
        {
            problems.Add(new ValidationProblem(column,
                $"{column} cannot be negative: {value.Value.ToString(CultureInfo.InvariantCulture)}."));
        }
    }

    private static ValidationProblem Required(string column, string why) =>
        new ValidationProblem(column, $"{column} is required: {why}.");

    private static ValidationProblem UnknownChoice(string column, string what, int value, Type choices)
    {
        var known = Enum.GetValues(choices).Cast<object>()
            .Select(choice => $"{choice} ({Convert.ToInt32(choice, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})");
        return new ValidationProblem(column,
            $"{column} is not a known {what}: {value.ToString(CultureInfo.InvariantCulture)}; " +
            $"use one of {string.Join(", ", known)}.");
    }

    private static string Format(DateTime value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
