using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The broker's exchanges and queues, and which partition an author's mentions go to.
/// <para>
/// Authors are spread over a fixed number of partitions, each a durable queue with a single active consumer: the broker
/// delivers a queue's messages to one consumer at a time, in queue order, and hands the queue to the next consumer when
/// that one goes away, its unacknowledged messages back at the head (https://www.rabbitmq.com/docs/consumers#single-active-consumer).
/// So one author's mentions are never in two workers' batches at once and a killed worker's mentions are taken up in
/// their order. The consistent-hash exchange was the alternative; its ring moves part of the keys whenever a queue is
/// bound or unbound (https://github.com/rabbitmq/rabbitmq-server/tree/main/deps/rabbitmq_consistent_hash_exchange), so
/// scaling would split an author's mentions over two queues read by two workers, and it needs a plug-in enabled on the
/// broker. A hash of our own over a fixed count keeps an author in one queue for as long as the count stays the same.
/// </para>
/// <para>
/// A message a worker must retry later waits in a delay queue whose messages all live as long (x-message-ttl) and then
/// are dead-lettered back to the mentions exchange with the routing key they were published with, i.e. their partition
/// (https://www.rabbitmq.com/docs/ttl, https://www.rabbitmq.com/docs/dlx). One queue per delay, because expired
/// messages leave only from a queue's head: a long delay in front would hold a shorter one back. An unused delay queue
/// expires (x-expires) once it is empty.
/// </para>
/// <para>
/// Classic queues suit a single node. Quorum queues (Queue:RabbitMq:QueueType) are replicated and support everything
/// above: single active consumer, message and queue TTL, dead-lettering (https://www.rabbitmq.com/docs/quorum-queues#feature-matrix).
/// Their dead-lettering is at most once unless a queue asks for at-least-once with reject-publish overflow; then an
/// expired retry stays in its delay queue until the partition has confirmed it
/// (https://www.rabbitmq.com/docs/quorum-queues#dead-lettering). A quorum queue also counts deliveries and, past its
/// delivery limit (Queue:RabbitMq:DeliveryLimit, or a policy's; 20 by default from RabbitMQ 4.0, none before), dead-letters
/// a message: a partition's go to the dead letters, at least once, rather than being dropped, with the broker's reason in
/// their x-death header (<see cref="BrokerDeath"/>).
/// </para>
/// </summary>
public sealed class RabbitMqTopology(RabbitMqOptions options)
{
    public string MentionsExchange => $"{options.Prefix}.mentions";

    public string DeadLetterQueue => $"{options.Prefix}.deadletters";

    /// <summary>
    /// Holds no message; its x-max-length records the partition count. A broker compares only the arguments it knows
    /// when a queue is declared again, and refuses a different value with PRECONDITION_FAILED
    /// (https://www.rabbitmq.com/docs/queues#property-equivalence), so a worker with another count cannot start.
    /// </summary>
    public string PartitionCountQueue => $"{options.Prefix}.partitions";

    public IEnumerable<string> PartitionQueues => Enumerable.Range(0, options.Partitions).Select(PartitionQueue);

    public string PartitionQueue(int partition) => $"{options.Prefix}.mentions.{partition.ToString(CultureInfo.InvariantCulture)}";

    public bool IsPartitionQueue(string queue) =>
        queue.StartsWith($"{options.Prefix}.mentions.", StringComparison.Ordinal) && int.TryParse(queue.AsSpan(options.Prefix.Length + 10), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    public bool IsDelayQueue(string queue) => queue.StartsWith($"{options.Prefix}.delay.", StringComparison.Ordinal);

    public string DelayExchange(long delayMilliseconds) => $"{options.Prefix}.delay.{delayMilliseconds.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The routing key of an author's partition: FNV-1a over the key's UTF-8, so every worker computes the same.</summary>
    public string PartitionOf(string authorKey)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(authorKey))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (hash % (uint)options.Partitions).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Declares the partition-count record, the mentions exchange, its partitions and the dead-letter queue; declaring
    /// what exists changes nothing. Throws <see cref="BrokerTopologyMismatchException"/> when the broker's queues under
    /// this prefix were declared with another partition count or queue type.
    /// </summary>
    public async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await DeclareQueueAsync(channel, PartitionCountQueue, Typed(new Dictionary<string, object?> { ["x-max-length"] = options.Partitions }), cancellationToken);
        await channel.ExchangeDeclareAsync(MentionsExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        for (var partition = 0; partition < options.Partitions; partition++)
        {
            var queue = PartitionQueue(partition);
            await DeclareQueueAsync(channel, queue, Typed(Partition()), cancellationToken);
            await channel.QueueBindAsync(queue, MentionsExchange, partition.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        }

        await DeclareQueueAsync(channel, DeadLetterQueue, Typed([]), cancellationToken);
    }

    /// <summary>Declares the delay queue of one delay (and its fanout exchange, which keeps the partition's routing key).</summary>
    public async Task DeclareDelayAsync(IChannel channel, long delayMilliseconds, CancellationToken cancellationToken)
    {
        var name = DelayExchange(delayMilliseconds);
        await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var arguments = new Dictionary<string, object?>
        {
            ["x-message-ttl"] = delayMilliseconds,
            ["x-dead-letter-exchange"] = MentionsExchange,
            ["x-expires"] = 2 * delayMilliseconds + 60_000,
        };
        await DeclareQueueAsync(channel, name, Typed(AtLeastOnceDeadLettering(arguments)), cancellationToken);
        await channel.QueueBindAsync(name, name, "", cancellationToken: cancellationToken);
    }

    private Dictionary<string, object?> Partition()
    {
        var arguments = new Dictionary<string, object?> { ["x-single-active-consumer"] = true };
        if (options.QueueType == RabbitMqQueueType.Quorum)
        {
            arguments["x-dead-letter-exchange"] = "";
            arguments["x-dead-letter-routing-key"] = DeadLetterQueue;
            if (options.DeliveryLimit is { } limit)
            {
                arguments["x-delivery-limit"] = limit;
            }

            AtLeastOnceDeadLettering(arguments);
        }

        return arguments;
    }

    private Dictionary<string, object?> AtLeastOnceDeadLettering(Dictionary<string, object?> arguments)
    {
        if (options.QueueType == RabbitMqQueueType.Quorum)
        {
            arguments["x-dead-letter-strategy"] = "at-least-once";
            arguments["x-overflow"] = "reject-publish";
        }

        return arguments;
    }

    // Classic queues are declared without x-queue-type, as before the option existed, so their declarations stay equal.
    private Dictionary<string, object?> Typed(Dictionary<string, object?> arguments)
    {
        if (options.QueueType == RabbitMqQueueType.Quorum)
        {
            arguments["x-queue-type"] = "quorum";
        }

        return arguments;
    }

    private async Task DeclareQueueAsync(IChannel channel, string queue, Dictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: arguments, cancellationToken: cancellationToken);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            throw BrokerTopologyMismatchException.From(options, queue, e.ShutdownReason.ReplyText);
        }
    }
}
