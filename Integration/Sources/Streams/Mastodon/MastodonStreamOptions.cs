using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// The "Streams:Mastodon" section: the brand's account on its instance, read through the streaming API. Without an
/// instance and an access token (read:statuses, read:notifications) the stream stays off.
/// </summary>
public sealed class MastodonStreamOptions
{
    public const string Section = "Streams:Mastodon";

    public Uri? InstanceUrl { get; set; }

    public string? AccessToken { get; set; }

    /// <summary>Where the streaming server answers, when the instance serves it from another host (its
    /// configuration.urls.streaming, https://docs.joinmastodon.org/methods/streaming/#hostname); else the instance.</summary>
    public Uri? StreamingUrl { get; set; }

    /// <summary>WebSocket (one multiplexed connection) or ServerSentEvents (one HTTP connection per stream).</summary>
    public MastodonTransport Transport { get; set; } = MastodonTransport.WebSocket;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a connection may bring nothing before it is taken as dead and the stream reconnects and catches up. On
    /// server-sent events Mastodon keeps a quiet stream open with heartbeat comments (lines starting with ':',
    /// https://docs.joinmastodon.org/methods/streaming/#http), so silence longer than several of them means the
    /// connection is gone; on a WebSocket the same time bounds the wait for the answer to our keep-alive ping.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// For how many days the statuses taken are re-read on each (re)connect, so deletes and edits made while the worker
    /// was away are applied (the streams replay neither); 0 re-reads none.
    /// </summary>
    [Range(0, 365)]
    public int RecheckDays { get; set; } = 7;

    /// <summary>
    /// For how many days a status marked "No longer visible" is looked for again (<see cref="MastodonVisibilityRecheck"/>),
    /// so one the account may see again reopens; 0 looks for none.
    /// </summary>
    [Range(0, 365)]
    public int VisibilityRecheckDays { get; set; } = 30;

    /// <summary>How long after it went a status no longer visible is first looked for, and how often the looks run; the
    /// wait for each status doubles after each look that misses it, up to <see cref="MaxVisibilityRecheckDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan VisibilityRecheckDelay { get; set; } = TimeSpan.FromMinutes(10);

    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan MaxVisibilityRecheckDelay { get; set; } = TimeSpan.FromDays(1);

    public bool Enabled => InstanceUrl != null && !string.IsNullOrWhiteSpace(AccessToken);

    public Uri Streaming => StreamingUrl ?? InstanceUrl!;
}

public enum MastodonTransport
{
    WebSocket,
    ServerSentEvents,
}
