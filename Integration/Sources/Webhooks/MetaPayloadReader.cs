using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// Turns a Meta Webhooks delivery into mentions. Read: Page "feed" changes that add a post or comment, Instagram
/// "comments", and Messenger messages; feed removals and hides become removals of their mention, feed edits and unhides
/// and Messenger message_edits edits of theirs, an Instagram unsend the author's delete of its message. Everything
/// else Meta may send (reactions, the Page's own posts and echoes of its own messages, read receipts, other fields) is
/// not a mention and is skipped.
/// https://developers.facebook.com/docs/graph-api/webhooks/getting-started
/// https://developers.facebook.com/docs/graph-api/webhooks/reference/page
/// </summary>
public static class MetaPayloadReader
{
    public static List<SourcedInput> Read(JsonElement delivery)
    {
        var inputs = new List<SourcedInput>();
        var instagram = string.Equals(delivery.Text("object"), "instagram", StringComparison.OrdinalIgnoreCase);
        foreach (var entry in delivery.Items("entry"))
        {
            var ownId = entry.Text("id");
            foreach (var change in entry.Items("changes"))
            {
                var read = inputs.Count;
                if (!instagram)
                {
                    SourcedInput.ReadRemoval(inputs, change, () => change.Text("field") == "feed" ? FeedRemoval(change.Child("value")) : null);
                    if (inputs.Count == read && change.Text("field") == "feed")
                    {
                        ReadFeedEdit(inputs, change, entry);
                    }

                    if (inputs.Count > read)
                    {
                        continue;
                    }
                }

                SourcedInput.Read(inputs, change, () =>
                {
                    var value = change.Child("value");
                    var field = change.Text("field");
                    return instagram && field == "comments" ? InstagramComment(value, entry)
                        : !instagram && field == "feed" ? FeedChange(value, ownId)
                        : null;
                }, $"{SourcedInput.KindOf(change, "field")} {SourcedInput.KindOf(change.Child("value"), "item")} {SourcedInput.KindOf(change.Child("value"), "verb")}");
            }

            foreach (var messaging in entry.Items("messaging"))
            {
                if (IsUnsend(messaging))
                {
                    ReadUnsend(inputs, messaging, instagram, ownId);
                }
                else if (messaging.Child("message_edit").ValueKind != JsonValueKind.Object)
                {
                    SourcedInput.Read(inputs, messaging, () => Message(messaging, instagram, ownId), MessagingKind(messaging));
                }
                else if (messaging.Child("sender").Text("id") == ownId)
                {
                    inputs.Add(SourcedInput.Ignore(messaging, "own message edit"));
                }
                else
                {
                    SourcedInput.ReadEdit(inputs, messaging, () => MessageEdit(messaging, instagram));
                }
            }
        }

        return inputs;
    }

    /// <summary>
    /// A feed change that takes a post or comment off the Page: verb "remove" (its author deleted it) or "hide" (the
    /// Page hid it). The verbs of the feed field: https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed
    /// </summary>
    private static MentionRemoval? FeedRemoval(JsonElement value)
    {
        var status = value.Text("verb") switch
        {
            "remove" or "delete" => MentionStatus.DeletedByAuthor,
            "hide" => MentionStatus.HiddenByPage,
            _ => (MentionStatus?)null,
        };
        // A removed reaction or share removes no post: only the items that are mentions.
        var item = value.Text("item");
        var postId = item == "comment" ? value.Text("comment_id") : value.Text("post_id");
        return status.HasValue && IsMentionItem(item) && !string.IsNullOrWhiteSpace(postId)
            ? new MentionRemoval(SocialPlatform.Facebook, postId.Trim(), status.Value)
            : null;
    }

    /// <summary>
    /// A feed change that changes a post or comment the CRM may hold: verb "edited" (its author changed its text) or
    /// "unhide" (the Page shows again what it hid). Both go the way of every edit: the stored mention takes the change's
    /// message, dated by the entry's time (when Meta saw the change; the value's created_time is the item's own), so a
    /// redelivered or older one changes nothing, an edit of a removed post is dropped, and one whose post is not stored
    /// never creates it. An unhide also reopens the mention when the CRM knows it as hidden (never one its author
    /// deleted), keeping its text when the change carries none. The Page's edit of its own post or reply is no person's;
    /// other items and verbs are left to the mention reader.
    /// https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed (verb: add, edited, hide, remove, unhide...)
    /// </summary>
    private static void ReadFeedEdit(List<SourcedInput> inputs, JsonElement change, JsonElement entry)
    {
        // Read without throwing: a value that is not text is refused inside ReadEdit, for this change alone.
        var value = change.Child("value");
        var verb = SourcedInput.KindOf(value, "verb");
        var item = SourcedInput.KindOf(value, "item");
        if (verb is not ("edited" or "unhide") || !IsMentionItem(item))
        {
            return;
        }

        if (verb == "edited" && SourcedInput.KindOf(value.Child("from"), "id") == SourcedInput.KindOf(entry, "id"))
        {
            inputs.Add(SourcedInput.Ignore(change, "own post edit"));
            return;
        }

        if (verb == "edited" && value.Child("message").ValueKind != JsonValueKind.String)
        {
            // A photo or video whose other details changed: no text to take, and none to erase.
            inputs.Add(SourcedInput.Ignore(change, "edit without its text"));
            return;
        }

        SourcedInput.ReadEdit(inputs, change, () =>
        {
            var postId = item == "comment" ? value.Text("comment_id") : value.Text("post_id");
            var seen = long.TryParse(entry.Text("time") ?? value.Text("created_time"), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var seconds);
            return !string.IsNullOrWhiteSpace(postId) && seen
                ? new MentionEdit(SocialPlatform.Facebook, postId.Trim(), value.Text("message"), DateTimeOffset.FromUnixTimeSeconds(seconds), VisibleAgain: verb == "unhide")
                : null;
        });
    }

    /// <summary>
    /// A message its sender took back: Instagram sends the message again with is_deleted (true, or "true" as Meta's own
    /// example writes it) and its mid only. Applied as the author's delete of that message's mention (its key is the
    /// mid's, <see cref="MessageId"/>), which also keeps the message out if it comes later. The account's own unsent
    /// reply is no person's delete and is counted only.
    /// https://developers.facebook.com/docs/messenger-platform/instagram/features/webhook (messages: is_deleted)
    /// </summary>
    private static void ReadUnsend(List<SourcedInput> inputs, JsonElement messaging, bool instagram, string? ownId)
    {
        var message = messaging.Child("message");
        if (IsTrue(message.Child("is_echo")) || SourcedInput.KindOf(messaging.Child("sender"), "id") == ownId)
        {
            inputs.Add(SourcedInput.Ignore(messaging, "own message unsend"));
            return;
        }

        var read = inputs.Count;
        SourcedInput.ReadRemoval(inputs, messaging, () => MessageId(message.Text("mid")) is { } mid
            ? new MentionRemoval(instagram ? SocialPlatform.Instagram : SocialPlatform.Facebook, mid, MentionStatus.DeletedByAuthor)
            : null);
        if (inputs.Count == read)
        {
            inputs.Add(SourcedInput.Ignore(messaging, "unsend without its mid"));
        }
    }

    private static bool IsUnsend(JsonElement messaging) => IsTrue(messaging.Child("message").Child("is_deleted"));

    private static bool IsTrue(JsonElement flag) => flag.ValueKind == JsonValueKind.True || (flag.ValueKind == JsonValueKind.String && flag.ValueEquals("true"));

    /// <summary>What a messaging item is when it is no message of a person: read, delivery, reaction, an echo...</summary>
    private static string MessagingKind(JsonElement messaging) =>
        messaging.ValueKind != JsonValueKind.Object ? "messaging" : "messaging " + string.Join("+", messaging.EnumerateObject().Select(p => p.Name).Where(name => name is not ("sender" or "recipient" or "timestamp")));

    private static bool IsMentionItem(string? item) => item is "comment" or "post" or "status" or "photo" or "video";

    private static MentionInput? FeedChange(JsonElement value, string? pageId)
    {
        var item = value.Text("item");
        var verb = value.Text("verb");
        var from = value.Child("from");
        if (!IsMentionItem(item) || verb != "add" || from.Text("id") == pageId)
        {
            return null;
        }

        var postId = value.Text("post_id");
        var isComment = item == "comment";
        return new MentionInput
        {
            Platform = nameof(SocialPlatform.Facebook),
            ExternalPostId = isComment ? value.Text("comment_id") : postId,
            MessageType = isComment ? nameof(MessageType.CommentOrReply) : nameof(MessageType.PublicPost),
            ThreadId = postId,
            InReplyToId = isComment ? value.Text("parent_id") ?? postId : null,
            AuthorExternalId = from.Text("id"),
            AuthorDisplayName = from.Text("name"),
            Text = value.Text("message"),
            PostedOn = value.Text("created_time"),
            PostUrl = isComment ? CommentLink(value) : value.Text("permalink_url") ?? value.Child("post").Text("permalink_url"),
        };
    }

    /// <summary>
    /// A comment's own address, never its post's (value.post.permalink_url is the post's): the comment's permalink_url
    /// when the change carries one, else Facebook's address of the comment object, which opens the post at the comment.
    /// https://developers.facebook.com/docs/graph-api/reference/comment (permalink_url, id)
    /// </summary>
    private static string? CommentLink(JsonElement value) =>
        value.Text("permalink_url")
        ?? (value.Text("comment_id") is { Length: > 0 } commentId ? "https://www.facebook.com/" + Uri.EscapeDataString(commentId) : null);

    private static MentionInput? InstagramComment(JsonElement value, JsonElement entry)
    {
        var mediaId = value.Child("media").Text("id");
        return new MentionInput
        {
            Platform = nameof(SocialPlatform.Instagram),
            ExternalPostId = value.Text("id"),
            MessageType = nameof(MessageType.CommentOrReply),
            ThreadId = mediaId,
            InReplyToId = value.Text("parent_id") ?? mediaId,
            AuthorExternalId = value.Child("from").Text("id"),
            AuthorHandle = value.Child("from").Text("username"),
            Text = value.Text("text"),
            // Instagram comment changes carry no time of their own; the entry's time is when Meta saw the change.
            PostedOn = value.Text("timestamp") ?? entry.Text("time"),
        };
    }

    /// <summary>
    /// A person's edit of a message they sent: message_edit's mid names the message, text is its content after the
    /// edit; the messaging item's timestamp (milliseconds) orders the edits, so a redelivered or older one changes
    /// nothing. None without its mid or time.
    /// https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/message-edits
    /// </summary>
    private static MentionEdit? MessageEdit(JsonElement messaging, bool instagram)
    {
        var edit = messaging.Child("message_edit");
        var editedAt = messaging.Text("timestamp");
        return MessageId(edit.Text("mid")) is { } mid && long.TryParse(editedAt, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
            ? new MentionEdit(instagram ? SocialPlatform.Instagram : SocialPlatform.Facebook, mid, edit.Text("text"), DateTimeOffset.FromUnixTimeMilliseconds(milliseconds))
            : null;
    }

    /// <summary>
    /// A message's id as its mention keeps it: Instagram's mids run to about 160 characters, past the id columns, so a
    /// long one is kept as its digest (<see cref="PostIds.ShortId"/>); the message, its edits and the replies naming it
    /// all map to the same key. Null for a missing or blank mid.
    /// </summary>
    private static string? MessageId(string? mid) => string.IsNullOrWhiteSpace(mid) ? null : PostIds.ShortId(mid.Trim());

    private static MentionInput? Message(JsonElement messaging, bool instagram, string? ownId)
    {
        var message = messaging.Child("message");
        var senderId = messaging.Child("sender").Text("id");
        if (message.ValueKind != JsonValueKind.Object || message.Text("is_echo") == "true" || senderId == ownId)
        {
            return null;
        }

        return new MentionInput
        {
            Platform = instagram ? nameof(SocialPlatform.Instagram) : nameof(SocialPlatform.Facebook),
            ExternalPostId = MessageId(message.Text("mid")),
            MessageType = nameof(MessageType.PrivateMessage),
            // A private conversation has no post to thread on; each sender's messages make one thread.
            ThreadId = senderId == null ? null : DirectThread.For(senderId),
            InReplyToId = MessageId(message.Child("reply_to").Text("mid")),
            AuthorExternalId = senderId,
            Text = message.Text("text"),
            PostedOn = JsonValues.MillisecondsToSeconds(messaging.Text("timestamp")),
        };
    }
}
