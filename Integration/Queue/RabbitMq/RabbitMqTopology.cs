using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client;

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
/// Classic durable queues: this is a single-node broker's layout. A message a worker must retry later waits in a delay
/// queue whose messages all live as long (x-message-ttl) and then are dead-lettered back to the mentions exchange with
/// the routing key they were published with, i.e. their partition (https://www.rabbitmq.com/docs/ttl,
/// https://www.rabbitmq.com/docs/dlx). One queue per delay, because expired messages leave only from a queue's head: a
/// long delay in front would hold a shorter one back. An unused delay queue expires (x-expires) once it is empty.
/// </para>
/// </summary>
public sealed class RabbitMqTopology(RabbitMqOptions options)
{
    public string MentionsExchange => $"{options.Prefix}.mentions";

    public string DeadLetterQueue => $"{options.Prefix}.deadletters";

    public IEnumerable<string> PartitionQueues => Enumerable.Range(0, options.Partitions).Select(PartitionQueue);

    public string PartitionQueue(int partition) => $"{options.Prefix}.mentions.{partition.ToString(CultureInfo.InvariantCulture)}";

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

    /// <summary>Declares the mentions exchange, its partitions and the dead-letter queue; declaring what exists changes nothing.</summary>
    public async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(MentionsExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        for (var partition = 0; partition < options.Partitions; partition++)
        {
            var queue = PartitionQueue(partition);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-single-active-consumer"] = true }, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, MentionsExchange, partition.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        }

        await channel.QueueDeclareAsync(DeadLetterQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
    }

    /// <summary>Declares the delay queue of one delay (and its fanout exchange, which keeps the partition's routing key).</summary>
    public async Task DeclareDelayAsync(IChannel channel, long delayMilliseconds, CancellationToken cancellationToken)
    {
        var name = DelayExchange(delayMilliseconds);
        await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-message-ttl"] = delayMilliseconds,
            ["x-dead-letter-exchange"] = MentionsExchange,
            ["x-expires"] = 2 * delayMilliseconds + 60_000,
        }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(name, name, "", cancellationToken: cancellationToken);
    }
}
