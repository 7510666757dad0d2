using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client.Exceptions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The broker as `status` and health see it. AMQP tells how many messages are ready in a queue, not how many consumers
/// hold unacknowledged, and delay queues come and go by delay, so only the management API (Queue:RabbitMq:ManagementUri)
/// can count mentions in flight and those waiting out a retry. Without it `status` counts the ready mentions over AMQP
/// and says what it cannot see; CountedBy names the source either way.
/// </summary>
public sealed class RabbitMqQueueMonitor(RabbitMqConnection broker, RabbitMqDeadLetters letters, RabbitMqManagementClient management) : IQueueMonitor
{
    private static readonly TimeSpan ProbePatience = TimeSpan.FromSeconds(3);

    public async Task<QueueStatus> StatusAsync(int recentDeadLetters, CancellationToken cancellationToken)
    {
        var dead = await letters.CountAsync(cancellationToken);
        var recent = recentDeadLetters > 0 && dead > 0 ? await letters.ListAsync(recentDeadLetters, cancellationToken) : [];
        if (management.Configured)
        {
            try
            {
                var queues = await management.QueuesAsync(cancellationToken);
                var partitions = queues.Where(q => broker.Topology.IsPartitionQueue(q.Name)).ToList();
                var delayed = queues.Where(q => broker.Topology.IsDelayQueue(q.Name)).Sum(q => q.MessagesReady + q.MessagesUnacknowledged);
                return new QueueStatus(partitions.Sum(q => q.MessagesReady), partitions.Sum(q => q.MessagesUnacknowledged), dead, null, recent,
                    WaitingForRetry: delayed,
                    CountedBy: $"the management API at {management.Address} (the broker refreshes its figures every few seconds); dead letters over AMQP");
            }
            catch (HttpRequestException e)
            {
                return await ReadyOnlyAsync(dead, recent,
                    $"AMQP: the management API at {management.Address} did not answer ({e.Message}), so mentions held by workers and waiting for a retry are not counted",
                    cancellationToken);
            }
        }

        return await ReadyOnlyAsync(dead, recent,
            "AMQP, which counts only ready mentions: those held by workers and waiting for a retry are not counted (set Queue:RabbitMq:ManagementUri)",
            cancellationToken);
    }

    /// <summary>
    /// Throws when the broker cannot be reached or refuses publishes: a resource alarm, as connection.blocked says after
    /// a probe publish (https://www.rabbitmq.com/docs/connection-blocked) or, with the management API, as its alarm
    /// check says.
    /// </summary>
    public async Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        string? refusal;
        try
        {
            refusal = await broker.RefusesPublishesAsync(ProbePatience, cancellationToken);
        }
        catch (BrokerUnreachableException e)
        {
            throw new InvalidOperationException($"The broker at {broker.Address} cannot be reached: {e.InnerException?.Message ?? e.Message}", e);
        }

        if (refusal != null)
        {
            throw new InvalidOperationException($"The broker refuses publishes: {refusal}");
        }

        if (management.Configured && await management.AlarmsAsync(cancellationToken) is { Count: > 0 } alarms)
        {
            throw new InvalidOperationException($"The broker refuses publishes: {string.Join("; ", alarms)}");
        }
    }

    private async Task<QueueStatus> ReadyOnlyAsync(int dead, IReadOnlyList<DeadLetter> recent, string countedBy, CancellationToken cancellationToken)
    {
        var ready = 0u;
        await using (var channel = await broker.OpenChannelAsync(cancellationToken))
        {
            foreach (var queue in broker.Topology.PartitionQueues)
            {
                ready += await channel.MessageCountAsync(queue, cancellationToken);
            }
        }

        return new QueueStatus((int)ready, null, dead, null, recent, CountedBy: countedBy);
    }
}
