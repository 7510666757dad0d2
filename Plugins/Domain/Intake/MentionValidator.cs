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
        // Most mentions are valid: the list is made for the first problem.
        List<ValidationProblem>? problems = null;
        Check(MentionTable.Platform, MentionRules.Platform(mention.Platform), ref problems);
        CheckDirection(mention, ref problems);
        Check(MentionTable.ExternalPostId, MentionRules.ExternalPostId(mention.ExternalPostId), ref problems);
        Check(MentionTable.ThreadId, MentionRules.ThreadId(mention.ThreadId), ref problems);
        Check(MentionTable.InReplyToId, MentionRules.InReplyToId(mention.InReplyToId), ref problems);
        Check(MentionTable.PostedOn, MentionRules.PostedOn(mention.PostedOn, utcNow), ref problems);
        Check(MentionTable.Description, MentionRules.Text(mention.Text), ref problems);
        Check(MentionTable.PostUrl, MentionRules.PostUrl(mention.PostUrl), ref problems);
        Check(MentionTable.Language, MentionRules.Language(mention.Language), ref problems);

        var author = mention.Author;
        Check(MentionTable.AuthorExternalId, MentionRules.AuthorExternalId(author.ExternalId), ref problems);
        Check(MentionTable.AuthorHandle, MentionRules.AuthorHandle(author.Handle), ref problems);
        Check(MentionTable.AuthorDisplayName, MentionRules.AuthorDisplayName(author.DisplayName), ref problems);
        Check(MentionTable.AuthorEmail, MentionRules.AuthorEmail(author.Email), ref problems);
        Check(MentionTable.AuthorFollowers, MentionRules.Count(author.Followers), ref problems);
        Check(MentionTable.Likes, MentionRules.Count(mention.Engagement.Likes), ref problems);
        Check(MentionTable.Shares, MentionRules.Count(mention.Engagement.Shares), ref problems);
        Check(MentionTable.Replies, MentionRules.Count(mention.Engagement.Replies), ref problems);
        return problems == null
            ? new MentionValidation(Array.Empty<ValidationProblem>(), new ValidMention(mention))
            : new MentionValidation(problems, null);
    }

    private static void CheckDirection(IncomingMention mention, ref List<ValidationProblem>? problems)
    {
        if (mention.Direction.HasValue && !Choices.IsDirection(mention.Direction.Value))
        {
            var known = Enum.GetValues(typeof(MentionDirection)).Cast<MentionDirection>()
                .Select(direction => $"{direction} ({((int)direction).ToString(CultureInfo.InvariantCulture)})");
            (problems ??= new List<ValidationProblem>()).Add(new ValidationProblem(MentionTable.Direction,
                $"{MentionTable.Direction} is not a known direction: {mention.Direction.Value.ToString(CultureInfo.InvariantCulture)}; " +
                $"use one of {string.Join(", ", known)}."));
        }
        else if (mention.KnownDirection == MentionDirection.Outbound && !mention.ConversationId.HasValue)
        {
            (problems ??= new List<ValidationProblem>()).Add(new ValidationProblem(MentionTable.Conversation,
                $"{MentionTable.Conversation} is required for an outbound mention: a reply is posted in a conversation."));
        }

        // Threading takes a given regarding as the mention's conversation: any other table's row is not one.
        if (mention.ConversationId.HasValue && mention.RegardingTable != null
            && !string.Equals(mention.RegardingTable, ConversationTable.LogicalName, StringComparison.OrdinalIgnoreCase))
        {
            (problems ??= new List<ValidationProblem>()).Add(new ValidationProblem(MentionTable.Conversation,
                $"{MentionTable.Conversation} is not a {ConversationTable.LogicalName}: a mention is regarding its conversation, " +
                $"not a {mention.RegardingTable}."));
        }
    }

    private static void Check(string column, string? problem, ref List<ValidationProblem>? problems)
    {
        if (problem != null)
        {
            (problems ??= new List<ValidationProblem>()).Add(new ValidationProblem(column, $"{column} {problem}."));
        }
    }
}
