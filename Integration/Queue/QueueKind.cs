namespace SocialCrm.Integration.Queue;

/// <summary>Which durable queue the worker uses (Queue:Kind).</summary>
public enum QueueKind
{
    /// <summary>One SQLite file: the embedded default, for one machine.</summary>
    Sqlite,

    /// <summary>A RabbitMQ broker: several workers on several machines share it.</summary>
    RabbitMq,
}
