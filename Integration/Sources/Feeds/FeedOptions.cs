using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>The "Feeds" section: which RSS/Atom feeds to poll, how often, and where their state is kept.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>The SQLite file of each feed's validators (ETag, Last-Modified) and the entry ids already taken.</summary>
    [Required]
    public string StatePath { get; set; } = System.IO.Path.Combine("data", "feeds.db");

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    public List<FeedSubscription> Subscriptions { get; set; } = [];
}
