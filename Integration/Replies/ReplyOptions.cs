using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// The "Replies" section: how the worker delivers replies agents write in Dataverse, and the network accounts it posts
/// as. Tokens live only here (user secrets, environment variables or a key vault through configuration), never in
/// Dataverse columns and never in logs.
/// </summary>
public sealed class ReplyOptions
{
    public const string Section = "Replies";

    /// <summary>How often Dataverse is asked for pending replies (the webhook, when configured, only wakes the loop sooner).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The outbox's SQLite file; unset, replies.db beside the queue's file with the worker's other state. A relative
    /// path is under the working directory.
    /// </summary>
    public string? OutboxPath { get; set; }

    /// <summary>Attempts of one reply through rate limits and outages before it is marked failed (retryable).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// Rounds in which Dataverse may refuse, for its values, to record a posted reply as Sent before the worker records
    /// "Sent not recorded" instead. The reply is never posted again either way.
    /// </summary>
    [Range(1, 100)]
    public int MaxRecordAttempts { get; set; } = 3;

    public XAccountOptions X { get; set; } = new();

    public MastodonAccountOptions Mastodon { get; set; } = new();

    public MetaAccountOptions Meta { get; set; } = new();

    public BlueskyAccountOptions Bluesky { get; set; } = new();
}

/// <summary>The brand's X account: a user-context OAuth 2.0 access token with tweet.write, and the account's user id.</summary>
public sealed class XAccountOptions
{
    public Uri ApiBaseUrl { get; set; } = new("https://api.x.com/");

    public string? AccessToken { get; set; }

    /// <summary>The account's numeric user id, to find its own posts after a crash.</summary>
    public string? UserId { get; set; }
}

/// <summary>The brand's Mastodon account: its instance and an access token with write:statuses.</summary>
public sealed class MastodonAccountOptions
{
    public Uri? InstanceUrl { get; set; }

    public string? AccessToken { get; set; }
}

/// <summary>
/// The brand's Facebook Page: its id and a Page access token with pages_manage_engagement (comments) and pages_messaging
/// (Messenger). The base address carries the Graph API version the worker was written against. Instagram replies go
/// through the same Page (Instagram API with Facebook Login): the Page's token also needs instagram_manage_comments and
/// instagram_manage_messages, and InstagramAccountId names the Instagram professional account linked to the Page.
/// </summary>
public sealed class MetaAccountOptions
{
    public Uri ApiBaseUrl { get; set; } = new("https://graph.facebook.com/v21.0/");

    public string? PageId { get; set; }

    public string? InstagramAccountId { get; set; }

    public string? PageAccessToken { get; set; }
}

/// <summary>
/// The brand's Bluesky account: its PDS, its handle or DID and an app password (never the account's own password;
/// https://docs.bsky.app/docs/api/com-atproto-server-create-session).
/// </summary>
public sealed class BlueskyAccountOptions
{
    public Uri ServiceUrl { get; set; } = new("https://bsky.social/");

    public string? Identifier { get; set; }

    public string? AppPassword { get; set; }
}
