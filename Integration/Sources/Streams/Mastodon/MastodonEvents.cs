using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// Turns the events of the brand's user and direct streams (https://docs.joinmastodon.org/methods/streaming/#events)
/// into what the intake takes: a <c>notification</c> of type mention is a mention of the brand (a direct one is a
/// private message); a <c>conversation</c>'s last status is a private message; <c>status.update</c> of a status that
/// mentions the brand is an edit (newest wins, by its edited_at) that also reopens a status the CRM has as no longer
/// visible; <c>delete</c> is a removal by its author. Home
/// timeline updates, other notifications (favourites, boosts, follows) and the brand's own statuses are ignored and
/// counted. Entities: https://docs.joinmastodon.org/entities/Notification/, /Conversation/, /Status/.
/// </summary>
public static class MastodonEvents
{
    public const string Notification = "notification";
    public const string Delete = "delete";
    public const string StatusUpdate = "status.update";

    public static List<SourcedInput> Read(StreamEvent streamEvent, string brandAccountId)
    {
        var inputs = new List<SourcedInput>();
        if (streamEvent.Name == Delete)
        {
            // The payload is the deleted status's id, not JSON.
            var id = streamEvent.Payload?.Trim();
            inputs.Add(string.IsNullOrEmpty(id)
                ? new SourcedInput(null, streamEvent.Payload ?? "", "delete: the payload holds no status id")
                : new SourcedInput(null, id, Removal: new MentionRemoval(SocialPlatform.Mastodon, id, MentionStatus.DeletedByAuthor)));
            return inputs;
        }

        if (streamEvent.Name is not (Notification or "conversation" or StatusUpdate))
        {
            inputs.Add(new SourcedInput(null, streamEvent.Payload ?? "", Ignored: streamEvent.Name));
            return inputs;
        }

        JsonDocument payload;
        try
        {
            payload = JsonDocument.Parse(streamEvent.Payload ?? "");
        }
        catch (JsonException e)
        {
            inputs.Add(new SourcedInput(null, streamEvent.Payload ?? "", $"{streamEvent.Name}: the payload is not JSON: {e.Message}"));
            return inputs;
        }

        using (payload)
        {
            var root = payload.RootElement;
            switch (streamEvent.Name)
            {
                case Notification when SourcedInput.KindOf(root, "type") is var type && type != "mention":
                    inputs.Add(SourcedInput.Ignore(root, $"notification {type}"));
                    break;
                case Notification:
                    ReadStatus(inputs, root, root.Child("status"), brandAccountId);
                    break;
                case "conversation":
                    ReadStatus(inputs, root, root.Child("last_status"), brandAccountId, privateMessage: true);
                    break;
                default:
                    ReadEdit(inputs, root, brandAccountId);
                    break;
            }
        }

        return inputs;
    }

    /// <summary>The id of a notification payload, for the catch-up cursor; null when it has none.</summary>
    public static string? NotificationId(string? payload)
    {
        try
        {
            using var notification = JsonDocument.Parse(payload ?? "");
            return notification.RootElement.Text("id");
        }
        catch (Exception e) when (e is JsonException or UnreadableTextException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="id"/> comes after <paramref name="than"/>: Mastodon's ids are strings that sort by
    /// length, then character by character (https://docs.joinmastodon.org/api/guidelines/#id).</summary>
    public static bool IsNewer(string id, string? than) =>
        than == null || id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);

    private static void ReadStatus(List<SourcedInput> inputs, JsonElement item, JsonElement status, string brandAccountId, bool privateMessage = false)
    {
        SourcedInput.Read(inputs, item, () => IsOwn(status, brandAccountId) ? null : Mention(status, privateMessage), "own status");

        // A status fetched after it was edited (a catch-up page) carries the edit: the stored mention takes it too.
        if (!IsOwn(status, brandAccountId) && status.Text("edited_at") != null)
        {
            SourcedInput.ReadEdit(inputs, item, () => Edit(status));
        }
    }

    private static void ReadEdit(List<SourcedInput> inputs, JsonElement status, string brandAccountId)
    {
        var concernsBrand = status.Items("mentions").Any(mentioned => mentioned.Text("id") == brandAccountId)
            || status.Text("visibility") == "direct";
        if (!concernsBrand || IsOwn(status, brandAccountId))
        {
            inputs.Add(SourcedInput.Ignore(status, "status.update not mentioning the account"));
            return;
        }

        // The stream sends a status.update only to those who can see the status, so it proves a status the CRM has as
        // "No longer visible" is visible again: it reopens with this text now, not at the next look for hidden ones.
        SourcedInput.ReadEdit(inputs, status, () => Edit(status, visibleAgain: true));
    }

    private static bool IsOwn(JsonElement status, string brandAccountId) => status.Child("account").Text("id") == brandAccountId;

    private static MentionInput Mention(JsonElement status, bool privateMessage)
    {
        var account = status.Child("account");
        var authorId = account.Text("id");
        var isPrivate = privateMessage || status.Text("visibility") == "direct";
        return new MentionInput
        {
            Platform = nameof(SocialPlatform.Mastodon),
            ExternalPostId = status.Text("id"),
            // Each sender's direct messages make one thread, as on the other networks.
            ThreadId = isPrivate && authorId != null ? DirectThread.For(authorId) : null,
            InReplyToId = status.Text("in_reply_to_id"),
            MessageType = isPrivate ? "private message" : null,
            AuthorExternalId = authorId,
            AuthorHandle = account.Text("acct"),
            AuthorDisplayName = account.Text("display_name"),
            AuthorFollowers = account.Text("followers_count"),
            Text = Text(status),
            PostUrl = status.Text("url") ?? status.Text("uri"),
            PostedOn = status.Text("created_at"),
            Language = status.Text("language"),
            Likes = status.Text("favourites_count"),
            Shares = status.Text("reblogs_count"),
            Replies = status.Text("replies_count"),
        };
    }

    /// <summary>The id of a status payload and when it was last edited (null: never, or not readable).</summary>
    public static (string? Id, DateTimeOffset? EditedAt) Version(string status)
    {
        using var payload = JsonDocument.Parse(status);
        return (payload.RootElement.Text("id"), EditedAt(payload.RootElement));
    }

    /// <summary>
    /// A status answered again after it was no longer visible, with its id: an edit that reopens its mention with its
    /// current text, dated by its last edit, else by its creation (edited_at, created_at:
    /// https://docs.joinmastodon.org/entities/Status/), so a later status.update is newer.
    /// </summary>
    public static (string? Id, SourcedInput Input) VisibleAgain(string status)
    {
        using var payload = JsonDocument.Parse(status);
        var root = payload.RootElement;
        var inputs = new List<SourcedInput>();
        SourcedInput.ReadEdit(inputs, root, () => root.Text("id") is { Length: > 0 } id && (EditedAt(root) ?? Time(root, "created_at")) is { } at
            ? new MentionEdit(SocialPlatform.Mastodon, id, Text(root), at, VisibleAgain: true)
            : null);
        return (root.Text("id"), inputs.Single());
    }

    private static MentionEdit? Edit(JsonElement status, bool visibleAgain = false) =>
        status.Text("id") is { Length: > 0 } id && EditedAt(status) is { } editedAt
            ? new MentionEdit(SocialPlatform.Mastodon, id, Text(status), editedAt, visibleAgain)
            : null;

    private static DateTimeOffset? EditedAt(JsonElement status) => Time(status, "edited_at");

    private static DateTimeOffset? Time(JsonElement status, string name) =>
        DateTimeOffset.TryParse(status.Text(name), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    /// <summary>The status's HTML as a reader sees it, after its content warning when it has one.</summary>
    private static string? Text(JsonElement status)
    {
        var content = ReadableText.FromHtml(status.Text("content"));
        var warning = status.Text("spoiler_text");
        return string.IsNullOrWhiteSpace(warning) ? content : $"{warning}\n\n{content}";
    }
}
