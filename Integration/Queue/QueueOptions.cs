using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// The "Queue" section: which queue, where the SQLite queue lives and how long a dead worker holds its messages there.
/// The broker's own settings are the "Queue:RabbitMq" section (<see cref="RabbitMq.RabbitMqOptions"/>).
/// </summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    public QueueKind Kind { get; set; } = QueueKind.Sqlite;

    /// <summary>The SQLite file; relative paths are under the working directory.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine("data", "queue.db");

    /// <summary>
    /// How long a received message stays held after its holder was last heard from. A live worker renews its holds every
    /// third of this, so only a worker that died lets its messages go; they come back to the others after this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);
}
