using System;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The broker as `status` and health see it. AMQP tells how many messages are ready in a queue but not how many
/// consumers hold unacknowledged (the management plug-in does), so Pending counts the ready mentions of every partition
/// and Leased stays 0; mentions waiting out a retry delay are in their delay queue and not counted either.
/// </summary>
public sealed class RabbitMqQueueMonitor(RabbitMqConnection broker, RabbitMqDeadLetters letters) : IQueueMonitor
{
    public async Task<QueueStatus> StatusAsync(int recentDeadLetters, CancellationToken cancellationToken)
    {
        var pending = 0u;
        await using (var channel = await broker.OpenChannelAsync(cancellationToken))
        {
            foreach (var queue in broker.Topology.PartitionQueues)
            {
                pending += await channel.MessageCountAsync(queue, cancellationToken);
            }
        }

        var dead = await letters.CountAsync(cancellationToken);
        var recent = recentDeadLetters > 0 && dead > 0 ? await letters.ListAsync(recentDeadLetters, cancellationToken) : [];
        return new QueueStatus((int)pending, 0, dead, null, recent);
    }

    /// <summary>Throws when the broker cannot be reached or refuses publishes (a resource alarm).</summary>
    public async Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        await using var channel = await broker.OpenChannelAsync(cancellationToken);
        if (broker.BlockedBecause is { } reason)
        {
            throw new InvalidOperationException($"The broker refuses publishes: {reason}");
        }
    }
}
