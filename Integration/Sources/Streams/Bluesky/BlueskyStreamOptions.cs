using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Streams.Bluesky;

/// <summary>
/// The "Streams:Bluesky" section: the brand's account (its DID) followed through a Jetstream instance. Without a DID
/// the stream stays off.
/// </summary>
public sealed class BlueskyStreamOptions
{
    public const string Section = "Streams:Bluesky";

    /// <summary>The brand's DID, e.g. did:plc:…: posts that mention it, reply to its posts or quote them are taken.</summary>
    [RegularExpression("^did:[a-z]+:[A-Za-z0-9._:%-]+$", ErrorMessage = "Streams:Bluesky:Did must be a DID such as did:plc:ewvi7nxzyoun6zhxrhs64oiz.")]
    public string? Did { get; set; }

    /// <summary>A Jetstream instance's subscribe endpoint (Bluesky runs public ones,
    /// https://github.com/bluesky-social/jetstream#public-instances).</summary>
    public Uri JetstreamUrl { get; set; } = new("wss://jetstream2.us-east.bsky.network/subscribe");

    /// <summary>How far before the saved cursor a reconnect starts, for gapless playback (Jetstream's README advises a
    /// few seconds); what is replayed is taken idempotently.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan Rewind { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the cursor is saved while only others' posts go by.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CursorInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The AppView asked for the profile of an author whose handle no identity event told yet; Bluesky's public
    /// AppView answers app.bsky.actor.getProfile without authentication
    /// (https://docs.bsky.app/docs/api/app-bsky-actor-get-profile).</summary>
    public Uri AppViewUrl { get; set; } = new("https://public.api.bsky.app/");

    /// <summary>How long a profile lookup may take before the author is kept as a bare DID.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan ProfileTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public bool Enabled => !string.IsNullOrWhiteSpace(Did);
}
