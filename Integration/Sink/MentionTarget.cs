using System;
using System.Globalization;
using System.Text.Json.Nodes;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// One mention as an item of UpsertMultiple's Targets: the <c>@odata.type</c> annotation every item must carry, the
/// record's alternate key (platform + external post id) in <c>@odata.id</c>, and the columns. The key columns are in the
/// body as well, so the record created by the upsert carries them whatever the server takes from the key.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
/// </summary>
public static class MentionTarget
{
    public static JsonObject From(Mention mention)
    {
        var target = new JsonObject
        {
            ["@odata.type"] = $"Microsoft.Dynamics.CRM.{MentionColumns.LogicalName}",
            ["@odata.id"] = KeyReference(mention),
            [MentionColumns.Platform] = (int)mention.Platform,
            [MentionColumns.ExternalPostId] = mention.ExternalPostId,
            [MentionColumns.Direction] = (int)MentionDirection.Inbound,
            [MentionColumns.MessageType] = (int)mention.MessageType,
            [MentionColumns.AuthorExternalId] = mention.Author.ExternalId,
            [MentionColumns.PostedOn] = mention.PostedOn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        Add(target, MentionColumns.Description, mention.Text);
        Add(target, MentionColumns.ThreadId, mention.ThreadId);
        Add(target, MentionColumns.InReplyToId, mention.InReplyToId);
        Add(target, MentionColumns.AuthorHandle, mention.Author.Handle);
        Add(target, MentionColumns.AuthorDisplayName, mention.Author.DisplayName);
        Add(target, MentionColumns.AuthorEmail, mention.Author.Email);
        Add(target, MentionColumns.AuthorFollowers, mention.Author.Followers);
        Add(target, MentionColumns.AuthorVerified, mention.Author.Verified);
        Add(target, MentionColumns.PostUrl, mention.PostUrl);
        Add(target, MentionColumns.Language, mention.Language);
        Add(target, MentionColumns.Likes, mention.Likes);
        Add(target, MentionColumns.Shares, mention.Shares);
        Add(target, MentionColumns.Replies, mention.Replies);
        return target;
    }

    /// <summary>
    /// <c>scrm_mentions(scrm_platform=746500000,scrm_externalpostid='…')</c>. A quote in the id is doubled (OData string
    /// literal), then the literal is percent-encoded so that an id holding '/', '?' or '#' (feed entry ids are often
    /// URLs) stays one key value.
    /// </summary>
    public static string KeyReference(Mention mention) =>
        $"{MentionColumns.EntitySetName}({MentionColumns.Platform}={((int)mention.Platform).ToString(CultureInfo.InvariantCulture)}," +
        $"{MentionColumns.ExternalPostId}='{Uri.EscapeDataString(mention.ExternalPostId.Replace("'", "''", StringComparison.Ordinal))}')";

    private static void Add(JsonObject target, string column, string? value)
    {
        if (value != null)
        {
            target[column] = value;
        }
    }

    private static void Add(JsonObject target, string column, int? value)
    {
        if (value.HasValue)
        {
            target[column] = value.Value;
        }
    }

    private static void Add(JsonObject target, string column, bool? value)
    {
        if (value.HasValue)
        {
            target[column] = value.Value;
        }
    }
}
