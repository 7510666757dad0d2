using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Streams.Bluesky;

/// <summary>
/// Reads Jetstream's commit events of app.bsky.feed.post (https://github.com/bluesky-social/jetstream#example-events)
/// for the brand: a post whose rich text mentions its DID (a facet feature app.bsky.richtext.facet#mention,
/// https://docs.bsky.app/docs/advanced-guides/post-richtext), that replies to one of its posts (reply.parent or
/// reply.root, https://docs.bsky.app/docs/advanced-guides/posts#replies) or that quotes one (an embed record,
/// https://docs.bsky.app/docs/advanced-guides/posts#quote-posts) is a mention; an update of such a post is an edit; a
/// delete of a post taken before is a removal. Everything else on the firehose is none of the brand's business.
/// A post is known by its AT URI, at://did/app.bsky.feed.post/rkey.
/// </summary>
public static class JetstreamEvents
{
    public const string PostCollection = "app.bsky.feed.post";

    /// <summary>What one event means for the brand; null when it concerns it not at all.</summary>
    /// <param name="taken">Whether a post (by its AT URI) was taken as a mention before: only those deletes matter.</param>
    public static SourcedInput? Read(JsonElement streamEvent, string brandDid, Func<string, bool> taken)
    {
        var commit = streamEvent.Child("commit");
        if (streamEvent.Text("kind") != "commit" || commit.Text("collection") != PostCollection
            || streamEvent.Text("did") is not { Length: > 0 } did || commit.Text("rkey") is not { Length: > 0 } rkey)
        {
            return null;
        }

        var uri = $"at://{did}/{PostCollection}/{rkey}";
        var record = commit.Child("record");
        switch (commit.Text("operation"))
        {
            case "delete" when taken(uri):
                return new SourcedInput(null, JsonText.Raw(streamEvent), Removal: new MentionRemoval(SocialPlatform.Bluesky, uri, MentionStatus.DeletedByAuthor));
            case "create" when did != brandDid && Concerns(record, brandDid):
                return new SourcedInput(Mention(record, did, rkey, uri), JsonText.Raw(streamEvent));
            case "update" when did != brandDid && (taken(uri) || Concerns(record, brandDid)):
                return new SourcedInput(null, JsonText.Raw(streamEvent),
                    Edit: new MentionEdit(SocialPlatform.Bluesky, uri, record.Text("text"), TimeOf(streamEvent)));
            default:
                return null;
        }
    }

    /// <summary>The DID and handle an identity event announces, and when the network said it; null for any other event or
    /// one without a handle. "handle.invalid" is what atproto shows for a handle that failed verification
    /// (https://atproto.com/specs/handle), never a name to keep.</summary>
    public static (string Did, string Handle, DateTimeOffset At)? Identity(JsonElement streamEvent)
    {
        var identity = streamEvent.Child("identity");
        return streamEvent.Text("kind") == "identity" && identity.Text("did") is { Length: > 0 } did
            && identity.Text("handle") is { Length: > 0 } handle && IsHandle(handle)
                ? (did, handle, SaidAt(streamEvent, identity))
                : null;
    }

    /// <summary>
    /// The DID and state an account event announces (the #account event of com.atproto.sync.subscribeRepos, which
    /// Jetstream passes on to every subscriber, https://github.com/bluesky-social/jetstream#consuming-jetstream), and when
    /// the network said it; null for any other event. Active, or why not (<see cref="AccountStatus"/>).
    /// </summary>
    public static (string Did, AccountStatus Status, DateTimeOffset At)? Account(JsonElement streamEvent)
    {
        var account = streamEvent.Child("account");
        return streamEvent.Text("kind") == "account" && account.Text("did") is { Length: > 0 } did
            && account.Child("active") is { ValueKind: JsonValueKind.True or JsonValueKind.False } active
                ? (did, active.GetBoolean() ? AccountStatus.Active : StatusOf(account.Text("status")), SaidAt(streamEvent, account))
                : null;
    }

    // The reasons com.atproto.sync.subscribeRepos#account gives for an account that is not active.
    private static AccountStatus StatusOf(string? reason) => reason switch
    {
        "deactivated" => AccountStatus.Deactivated,
        "suspended" => AccountStatus.Suspended,
        "takendown" => AccountStatus.TakenDown,
        "deleted" => AccountStatus.Deleted,
        _ => AccountStatus.NotActive,
    };

    /// <summary>The prefix of every post id (AT URI) of <paramref name="did"/>.</summary>
    public static string PostsOf(string did) => $"at://{did}/";

    public static bool IsHandle(string handle) => handle != "handle.invalid";

    /// <summary>The event's time_us: Jetstream's cursor.</summary>
    public static long? Cursor(JsonElement streamEvent) =>
        streamEvent.Child("time_us") is { ValueKind: JsonValueKind.Number } time && time.TryGetInt64(out var micros) ? micros : null;

    private static bool Concerns(JsonElement record, string brandDid)
    {
        var mentions = record.Items("facets").SelectMany(facet => facet.Items("features"))
            .Any(feature => feature.Text("$type") == "app.bsky.richtext.facet#mention" && feature.Text("did") == brandDid);
        var reply = record.Child("reply");
        var embed = record.Child("embed");
        // A quote with media nests its record once more (app.bsky.embed.recordWithMedia).
        var quoted = embed.Child("record").Text("uri") ?? embed.Child("record").Child("record").Text("uri");
        return mentions || IsBrands(reply.Child("parent").Text("uri"), brandDid) || IsBrands(reply.Child("root").Text("uri"), brandDid)
            || IsBrands(quoted, brandDid);
    }

    private static bool IsBrands(string? uri, string brandDid) => uri != null && uri.StartsWith($"at://{brandDid}/", StringComparison.Ordinal);

    private static MentionInput Mention(JsonElement record, string did, string rkey, string uri)
    {
        var reply = record.Child("reply");
        return new MentionInput
        {
            Platform = nameof(SocialPlatform.Bluesky),
            ExternalPostId = uri,
            ThreadId = reply.Child("root").Text("uri"),
            InReplyToId = reply.Child("parent").Text("uri"),
            AuthorExternalId = did,
            Text = record.Text("text"),
            PostUrl = $"https://bsky.app/profile/{did}/post/{rkey}",
            PostedOn = record.Text("createdAt"),
            Language = record.Items("langs").Select(lang => lang.ValueKind == JsonValueKind.String ? lang.GetString() : null).FirstOrDefault(),
        };
    }

    private static DateTimeOffset TimeOf(JsonElement streamEvent) =>
        DateTimeOffset.FromUnixTimeMilliseconds((Cursor(streamEvent) ?? 0) / 1000);

    /// <summary>
    /// The time the network broadcast an identity or account event: its own "time" (required on both by
    /// com.atproto.sync.subscribeRepos, https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/sync/subscribeRepos.json,
    /// and passed on by Jetstream, https://github.com/bluesky-social/jetstream#example-events), else when Jetstream took it
    /// (time_us).
    /// </summary>
    private static DateTimeOffset SaidAt(JsonElement streamEvent, JsonElement inner) =>
        DateTimeOffset.TryParse(inner.Text("time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : TimeOf(streamEvent);
}
