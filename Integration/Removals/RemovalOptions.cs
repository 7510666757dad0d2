using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Removals;

/// <summary>The "Removals" section: how long a removal waits for its post, and how often it looks.</summary>
public sealed class RemovalOptions
{
    public const string Section = "Removals";

    /// <summary>How long a removal whose mention is not stored keeps trying (its post may still be queued); after it,
    /// only the tombstone is left, which keeps the post out if it ever comes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan PendingWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The first wait before looking again, doubled each time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The pause when nothing is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(2);
}
