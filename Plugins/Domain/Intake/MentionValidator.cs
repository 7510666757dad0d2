using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>
/// Checks an incoming mention (normalise it first: lengths count the cleaned text) against the rules of intake and
/// returns every problem, each message naming the column by its logical name ("&lt;column&gt; &lt;what is wrong&gt;.").
/// The field rules are the shared <see cref="MentionRules"/> the worker applies too; direction and regarding are the
/// server's own (the worker sends inbound mentions only).
/// </summary>
public static class MentionValidator
{
    public static MentionValidation Validate(IncomingMention mention, DateTime utcNow)
    {
        var problems = new List<ValidationProblem>();
        Check(MentionTable.Platform, MentionRules.Platform(mention.Platform), problems);
        CheckDirection(mention, problems);
        Check(MentionTable.ExternalPostId, MentionRules.ExternalPostId(mention.ExternalPostId), problems);
        Check(MentionTable.ThreadId, MentionRules.ThreadId(mention.ThreadId), problems);
        Check(MentionTable.InReplyToId, MentionRules.InReplyToId(mention.InReplyToId), problems);
        Check(MentionTable.PostedOn, MentionRules.PostedOn(mention.PostedOn, utcNow), problems);
        Check(MentionTable.Description, MentionRules.Text(mention.Text), problems);
        Check(MentionTable.PostUrl, MentionRules.PostUrl(mention.PostUrl), problems);
        Check(MentionTable.Language, MentionRules.Language(mention.Language), problems);

        var author = mention.Author;
        Check(MentionTable.AuthorExternalId, MentionRules.AuthorExternalId(author.ExternalId), problems);
        Check(MentionTable.AuthorHandle, MentionRules.AuthorHandle(author.Handle), problems);
        Check(MentionTable.AuthorDisplayName, MentionRules.AuthorDisplayName(author.DisplayName), problems);
        Check(MentionTable.AuthorEmail, MentionRules.AuthorEmail(author.Email), problems);
        Check(MentionTable.AuthorFollowers, MentionRules.Count(author.Followers), problems);
        Check(MentionTable.Likes, MentionRules.Count(mention.Engagement.Likes), problems);
        Check(MentionTable.Shares, MentionRules.Count(mention.Engagement.Shares), problems);
        Check(MentionTable.Replies, MentionRules.Count(mention.Engagement.Replies), problems);
        return new MentionValidation(problems, problems.Count == 0 ? new ValidMention(mention) : null);
    }

    private static void CheckDirection(IncomingMention mention, List<ValidationProblem> problems)
    {
        if (mention.Direction.HasValue && !Choices.IsDirection(mention.Direction.Value))
        {
            var known = Enum.GetValues(typeof(MentionDirection)).Cast<MentionDirection>()
                .Select(direction => $"{direction} ({((int)direction).ToString(CultureInfo.InvariantCulture)})");
            problems.Add(new ValidationProblem(MentionTable.Direction,
                $"{MentionTable.Direction} is not a known direction: {mention.Direction.Value.ToString(CultureInfo.InvariantCulture)}; " +
                $"use one of {string.Join(", ", known)}."));
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

    private static void Check(string column, string? problem, List<ValidationProblem> problems)
    {
        if (problem != null)
        {
            problems.Add(new ValidationProblem(column, $"{column} {problem}."));
        }
    }
}
