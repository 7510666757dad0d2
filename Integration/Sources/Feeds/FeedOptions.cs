using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>The "Feeds" section: which RSS/Atom feeds to poll, how often, and where their state is kept.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>
    /// The SQLite file of each feed's validators (ETag, Last-Modified) and what was delivered of each entry; unset,
    /// feeds.db beside the queue's file with the worker's other state. A relative path is under the working directory.
    /// </summary>
    public string? StatePath { get; set; }

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    public List<FeedSubscription> Subscriptions { get; set; } = [];

    /// <summary>
    /// How long after a push of a channel its feed is polled, for what the push does not carry (a YouTube push names the
    /// video by its title only); pushes of the channel meanwhile join that one poll.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PollAfterPush { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest feed document read, in bytes (10 MiB: a busy blog's full-content feed is well under 1 MiB). A larger
    /// one is refused whole, before it is read when its Content-Length says so and as soon as it passes the limit otherwise.
    /// </summary>
    [Range(256, 1024 * 1024 * 1024)]
    public int MaxFeedBytes { get; set; } = 10 * 1024 * 1024;
}
