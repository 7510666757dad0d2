using System;
using System.Globalization;
using System.Text.Json.Nodes;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// One mention as an item of UpsertMultiple's Targets: the <c>@odata.type</c> annotation every item must carry, the
/// record's alternate key (platform + external post id) in <c>@odata.id</c>, and the columns. The key columns are in the
/// body as well, so the record created by the upsert carries them whatever the server takes from the key. Ids are
/// written in their Dataverse form (<see cref="PostIds"/>).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
/// </summary>
public static class MentionTarget
{
    public static JsonObject From(Mention mention)
    {
        var target = new JsonObject
        {
            ["@odata.type"] = $"Microsoft.Dynamics.CRM.{MentionTable.LogicalName}",
            ["@odata.id"] = KeyReference(mention),
            [MentionTable.Platform] = (int)mention.Platform,
            [MentionTable.ExternalPostId] = PostIds.ForDataverse(mention.Platform, mention.ExternalPostId),
            [MentionTable.Direction] = (int)MentionDirection.Inbound,
            [MentionTable.MessageType] = (int)mention.MessageType,
            [MentionTable.AuthorExternalId] = mention.Author.ExternalId,
            [MentionTable.PostedOn] = mention.PostedOn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        Add(target, MentionTable.Description, mention.Text);
        Add(target, MentionTable.ThreadId, PostIds.ForDataverse(mention.Platform, mention.ThreadId));
        Add(target, MentionTable.InReplyToId, PostIds.ForDataverse(mention.Platform, mention.InReplyToId));
        Add(target, MentionTable.AuthorHandle, mention.Author.Handle);
        Add(target, MentionTable.AuthorDisplayName, mention.Author.DisplayName);
        Add(target, MentionTable.AuthorEmail, mention.Author.Email);
        Add(target, MentionTable.AuthorFollowers, mention.Author.Followers);
        Add(target, MentionTable.AuthorVerified, mention.Author.Verified);
        Add(target, MentionTable.PostUrl, mention.PostUrl);
        Add(target, MentionTable.Language, mention.Language);
        Add(target, MentionTable.Likes, mention.Likes);
        Add(target, MentionTable.Shares, mention.Shares);
        Add(target, MentionTable.Replies, mention.Replies);
        if (mention.SentimentScore.HasValue)
        {
            target[MentionTable.SentimentScore] = Math.Round((decimal)mention.SentimentScore.Value, 4);
            target[MentionTable.SentimentSource] = mention.SentimentSource;
        }

        return target;
    }

    /// <summary>
    /// <c>scrm_mentions(scrm_platform=746500000,scrm_externalpostid='…')</c>. A quote in the id is doubled (OData string
    /// literal), then the literal is percent-encoded so that an id holding '/', '?' or '#' (feed entry ids are often
    /// URLs) stays one key value.
    /// </summary>
    public static string KeyReference(Mention mention) => KeyReference(mention.Platform, mention.ExternalPostId);

    /// <inheritdoc cref="KeyReference(Mention)"/>
    public static string KeyReference(SocialPlatform platform, string externalPostId) =>
        $"{MentionTable.EntitySetName}({MentionTable.Platform}={((int)platform).ToString(CultureInfo.InvariantCulture)}," +
        $"{MentionTable.ExternalPostId}='{Uri.EscapeDataString(PostIds.ForDataverse(platform, externalPostId)!.Replace("'", "''", StringComparison.Ordinal))}')";

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
