using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Mentions;

/// <summary>Writes intake's results onto a mention target, before the main operation stores it.</summary>
public static class IntakeResultWriter
{
    /// <summary>
    /// Sets on each target, in batch order, subject, normalised text and source columns, direction, author profile,
    /// conversation and sentiment (no score for a text that could not be judged, and who scored it). A source column the
    /// sender left out stays out, so normalising never adds empty columns. The columns a target lacks are added at once,
    /// so its attribute collection grows once.
    /// </summary>
    public static void Write(IReadOnlyList<Entity> targets, IReadOnlyList<IntakeResult> results)
    {
        var columns = new RowColumns();
        for (var index = 0; index < targets.Count; index++)
        {
            Write(targets[index], results[index], columns);
        }
    }

    private static void Write(Entity target, IntakeResult result, RowColumns columns)
    {
        var mention = result.Mention;
        columns.Set(Table.Subject, result.Subject);
        columns.Set(Table.Description, mention.Text);
        SetIfPresent(target, columns, Table.ExternalPostId, mention.ExternalPostId);
        SetIfPresent(target, columns, Table.ThreadId, mention.ThreadId);
        SetIfPresent(target, columns, Table.InReplyToId, mention.InReplyToId);
        SetIfPresent(target, columns, Table.AuthorExternalId, mention.AuthorExternalId);
        SetIfPresent(target, columns, Table.AuthorHandle, mention.Author.Handle);
        SetIfPresent(target, columns, Table.AuthorDisplayName, mention.Author.DisplayName);
        SetIfPresent(target, columns, Table.AuthorEmail, mention.Author.Email);
        SetIfPresent(target, columns, Table.PostUrl, mention.PostUrl);
        SetIfPresent(target, columns, Table.Language, mention.Language);
        columns.Set(Table.Direction, new OptionSetValue((int)mention.Direction));
        columns.Set(Table.AuthorProfile, new EntityReference(SocialProfileTable.LogicalName, result.AuthorProfileId));
        columns.Set(Table.Conversation, new EntityReference(ConversationTable.LogicalName, result.ConversationId));
        SentimentColumns.Write(columns, result.Sentiment, result.SentimentSource);
        columns.SetOn(target);
    }

    private static void SetIfPresent(Entity target, RowColumns columns, string column, string? value)
    {
        if (target.Contains(column))
        {
            columns.Set(column, value);
        }
    }
}
