using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text.Json;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// Turns an X Account Activity delivery into mentions: "tweet_create_events" (mentions of, and replies to, the
/// subscribed account) and "direct_message_events"; "tweet_delete_events" become removals, and a post that is the edit
/// of another the edit of that post's mention. The account's own posts and messages are skipped; other event kinds
/// (favorites, follows, typing, reads) are not mentions.
/// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects
/// </summary>
public static class XPayloadReader
{
    private const string CreatedAtFormat = "ddd MMM dd HH:mm:ss zzz yyyy";

    private static readonly HashSet<string> ReadKinds = new(StringComparer.Ordinal) { "tweet_create_events", "tweet_delete_events", "direct_message_events" };

    public static List<SourcedInput> Read(JsonElement delivery)
    {
        var inputs = new List<SourcedInput>();
        var ownId = delivery.Text("for_user_id");
        foreach (var tweet in delivery.Items("tweet_create_events"))
        {
            var (originalId, byOwnAccount) = EditOf(tweet, ownId);
            if (originalId == null)
            {
                SourcedInput.Read(inputs, tweet, () => Tweet(tweet, ownId), "own post");
            }
            else if (byOwnAccount)
            {
                inputs.Add(SourcedInput.Ignore(tweet, "own post edit"));
            }
            else
            {
                SourcedInput.ReadEdit(inputs, tweet, () => CreatedAtTime(tweet.Text("created_at")) is { } editedAt
                    ? new MentionEdit(SocialPlatform.X, originalId, TweetText(tweet), editedAt)
                    : null, () => Versions(tweet, originalId));
            }
        }

        // A deleted post must be deleted here too (X developer terms); its mention is marked and its text erased.
        foreach (var deleted in delivery.Items("tweet_delete_events"))
        {
            SourcedInput.ReadRemoval(inputs, deleted, () => deleted.Child("status").Text("id") is { Length: > 0 } id
                ? new MentionRemoval(SocialPlatform.X, id.Trim(), MentionStatus.DeletedByAuthor)
                : null);
        }

        foreach (var message in delivery.Items("direct_message_events"))
        {
            SourcedInput.Read(inputs, message, () => DirectMessage(message, delivery, ownId), "own message");
        }

        // Favorites, follows, typing and read indicators...: counted, never mentions.
        foreach (var other in delivery.EnumerateObject().Where(p => p.Name.EndsWith("_events", StringComparison.Ordinal) && !ReadKinds.Contains(p.Name)))
        {
            foreach (var item in other.Value.ValueKind == JsonValueKind.Array ? other.Value.EnumerateArray() : default)
            {
                inputs.Add(SourcedInput.Ignore(item, other.Name));
            }
        }

        return inputs;
    }

    private static MentionInput? Tweet(JsonElement tweet, string? ownId)
    {
        var user = tweet.Child("user");
        if (user.Text("id_str") == ownId)
        {
            return null;
        }

        return new MentionInput
        {
            Platform = nameof(SocialPlatform.X),
            ExternalPostId = tweet.Text("id_str"),
            InReplyToId = tweet.Text("in_reply_to_status_id_str"),
            AuthorExternalId = user.Text("id_str"),
            AuthorHandle = user.Text("screen_name"),
            AuthorDisplayName = user.Text("name"),
            AuthorFollowers = user.Text("followers_count"),
            AuthorVerified = user.Text("verified"),
            Text = TweetText(tweet),
            PostedOn = CreatedAt(tweet.Text("created_at")),
            PostUrl = user.Text("screen_name") is { } handle && tweet.Text("id_str") is { } id ? $"https://x.com/{handle}/status/{id}" : null,
            Language = tweet.Text("lang"),
            Likes = tweet.Text("favorite_count"),
            Shares = tweet.Text("retweet_count"),
            Replies = tweet.Text("reply_count"),
        };
    }

    private static string? TweetText(JsonElement tweet) => tweet.Child("extended_tweet").Text("full_text") ?? tweet.Text("text");

    /// <summary>
    /// The id of the post this one edits (null for a post never edited) and whether the account itself edited it. X
    /// gives an edit a new post id and names the chain in edit_history: initial_tweet_id is the original's, whose mention
    /// the edit changes, so an edit is never a second mention.
    /// https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/edit-tweets
    /// </summary>
    private static (string? OriginalId, bool ByOwnAccount) EditOf(JsonElement tweet, string? ownId)
    {
        try
        {
            var initialId = tweet.Child("edit_history").Text("initial_tweet_id")?.Trim();
            return string.IsNullOrEmpty(initialId) || initialId == tweet.Text("id_str")?.Trim()
                ? (null, false)
                : (initialId, tweet.Child("user").Text("id_str") == ownId);
        }
        catch (UnreadableTextException)
        {
            // A value that is not text: read as a post, which refuses the item alone.
            return (null, false);
        }
    }

    /// <summary>
    /// The ids of an edited post's versions: edit_history.edit_tweet_ids, and the edit's own id (the delete of any of them
    /// deletes the chain and may name any of them).
    /// https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/edit-tweets
    /// </summary>
    private static PostVersions Versions(JsonElement tweet, string originalId)
    {
        var ids = new List<string>();
        foreach (var id in tweet.Child("edit_history").Items("edit_tweet_ids"))
        {
            if (id.ValueKind == JsonValueKind.String && JsonText.TryGetString(id, out var text) && text is { Length: > 0 })
            {
                ids.Add(text.Trim());
            }
        }

        if (tweet.Text("id_str")?.Trim() is { Length: > 0 } own)
        {
            ids.Add(own);
        }

        return new PostVersions(SocialPlatform.X, originalId, ids);
    }

    private static MentionInput? DirectMessage(JsonElement message, JsonElement delivery, string? ownId)
    {
        var create = message.Child("message_create");
        var senderId = create.Text("sender_id");
        if (message.Text("type") != "message_create" || senderId == ownId)
        {
            return null;
        }

        var sender = XUser.Find(delivery, message, senderId);
        return new MentionInput
        {
            Platform = nameof(SocialPlatform.X),
            ExternalPostId = message.Text("id"),
            MessageType = nameof(MessageType.PrivateMessage),
            ThreadId = senderId == null ? null : DirectThread.For(senderId),
            AuthorExternalId = senderId,
            AuthorHandle = sender.Handle,
            AuthorDisplayName = sender.Name,
            AuthorFollowers = sender.Followers,
            AuthorVerified = sender.Verified,
            Text = create.Child("message_data").Text("text"),
            PostedOn = JsonValues.MillisecondsToSeconds(message.Text("created_timestamp")),
        };
    }

    /// <summary>"Wed Oct 10 20:19:24 +0000 2018" as ISO 8601; a value of another shape goes on as it is, for the edge to refuse.</summary>
    private static string? CreatedAt(string? value) => CreatedAtTime(value)?.ToString("o", CultureInfo.InvariantCulture) ?? value;

    /// <summary>The time of an X created_at ("Wed Oct 10 20:19:24 +0000 2018"), or null for a value of another shape.</summary>
    internal static DateTimeOffset? CreatedAtTime(string? value) =>
        value != null && DateTimeOffset.TryParseExact(value, CreatedAtFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
}
