using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Queue;

/// <summary>The "Queue" section: where the durable queue lives and how it retries.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    /// <summary>The SQLite file; relative paths are under the working directory.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine("data", "queue.db");

    /// <summary>How long a leased message stays invisible to another lease before it counts as abandoned.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Deliveries of one message before it is dead-lettered with its last error.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait before a failed message is offered again, doubled for each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest wait between two attempts of one message.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
}
