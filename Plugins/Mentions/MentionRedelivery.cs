using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// A post delivered again (the worker's UpsertMultiple is idempotent by design) reaches a stored mention as Upsert's
/// Update. Intake already placed, scored and linked that post, and its figures are counted; a redelivery must not
/// replace intake's work with raw source values. It refreshes only what changes on a network after posting:
/// engagement counts, the post's address and language.
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record#understand-the-upsert-process-for-standard-tables
/// </summary>
public static class MentionRedelivery
{
    /// <summary>
    /// The columns intake reads or derives: a redelivery leaves them as intake stored them. Also the step's filtering
    /// attributes, so updates of other columns (send status, engagement) never run it.
    /// </summary>
    public const string IntakeColumns =
        Table.Subject + "," + Table.Description + "," + Table.Conversation + "," + Table.ThreadId + "," + Table.InReplyToId + "," +
        Table.Direction + "," + Table.AuthorProfile + "," + Table.AuthorExternalId + "," + Table.AuthorHandle + "," +
        Table.AuthorDisplayName + "," + Table.AuthorEmail + "," + Table.AuthorFollowers + "," + Table.AuthorVerified + "," +
        Table.PostedOn + "," + Table.SentimentScore + "," + Table.SentimentLabel;

    /// <summary>
    /// Whether an update comes from Upsert or UpsertMultiple, at any level above it: Upsert sends Update for a row that
    /// exists, with itself as the parent context.
    /// </summary>
    public static bool IsRedelivery(IPluginExecutionContext context)
    {
        for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
        {
            if (string.Equals(parent.MessageName, "Upsert", StringComparison.OrdinalIgnoreCase)
                || string.Equals(parent.MessageName, "UpsertMultiple", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes intake's columns from a redelivered target and cleans the text it may still refresh.</summary>
    /// <returns>How many columns were left as stored.</returns>
    public static int KeepIntake(Entity target)
    {
        var kept = 0;
        foreach (var column in IntakeColumns.Split(','))
        {
            if (target.Attributes.Remove(column))
            {
                kept++;
            }
        }

        Clean(target, Table.PostUrl);
        Clean(target, Table.Language);
        return kept;
    }

    private static void Clean(Entity target, string column)
    {
        if (target.Contains(column))
        {
            target[column] = TextNormalizer.Line(target[column] as string);
        }
    }
}
