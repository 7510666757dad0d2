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
    /// Sets subject, normalised text and source columns, direction, author profile, conversation and sentiment (no score
    /// for a text that could not be judged, and who scored it). A source
    /// column the sender left out stays out, so normalising never adds empty columns.
    /// </summary>
    public static void Write(Entity target, IntakeResult result)
    {
        var mention = result.Mention;
        var sentiment = result.Sentiment;
        target[Table.Subject] = result.Subject;
        target[Table.Description] = mention.Text;
        SetIfPresent(target, Table.ExternalPostId, mention.ExternalPostId);
        SetIfPresent(target, Table.ThreadId, mention.ThreadId);
        SetIfPresent(target, Table.InReplyToId, mention.InReplyToId);
        SetIfPresent(target, Table.AuthorExternalId, mention.AuthorExternalId);
        SetIfPresent(target, Table.AuthorHandle, mention.Author.Handle);
        SetIfPresent(target, Table.AuthorDisplayName, mention.Author.DisplayName);
        SetIfPresent(target, Table.AuthorEmail, mention.Author.Email);
        SetIfPresent(target, Table.PostUrl, mention.PostUrl);
        SetIfPresent(target, Table.Language, mention.Language);
        target[Table.Direction] = new OptionSetValue((int)mention.Direction);
        target[Table.AuthorProfile] = new EntityReference(SocialProfileTable.LogicalName, result.AuthorProfileId);
        target[Table.Conversation] = new EntityReference(ConversationTable.LogicalName, result.ConversationId);
        SentimentColumns.Write(target, sentiment, result.SentimentSource);
    }

    private static void SetIfPresent(Entity target, string column, string? value)
    {
        if (target.Contains(column))
        {
            target[column] = value;
        }
    }
}
