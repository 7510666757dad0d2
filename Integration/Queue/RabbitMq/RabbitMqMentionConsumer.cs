using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The sink's side of the broker: one consumer per partition on one channel, manual acknowledgements, and at most
/// Prefetch unacknowledged messages per partition. Partitions have a single active consumer, so of several workers one
/// reads a partition and the others stand by; when it dies the broker puts its unacknowledged messages back and hands the
/// partition on. A settle publishes first (to a delay queue or the dead letters), waits for the broker's confirm, and only
/// then acknowledges: a crash in between sends a mention twice, which the sink's upsert absorbs, never loses one.
/// </summary>
public sealed class RabbitMqMentionConsumer(RabbitMqConnection broker, IOptions<RabbitMqOptions> options, ILogger<RabbitMqMentionConsumer> logger)
    : IMentionConsumer, IAsyncDisposable
{
    /// <summary>How long a receive waits for a first delivery before it reports that nothing is due.</summary>
    private static readonly TimeSpan ReceiveWait = TimeSpan.FromSeconds(1);

    private readonly Channel<QueuedMention> delivered = Channel.CreateUnbounded<QueuedMention>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string session = Guid.NewGuid().ToString("N");
    private IChannel? channel;

    public async Task<IReadOnlyList<QueuedMention>> ReceiveAsync(int max, CancellationToken cancellationToken)
    {
        try
        {
            await StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException)
        {
            logger.LogWarning("The broker at {Broker} cannot be reached; trying again: {Message}", options.Value.Uri.Host, e.Message);
            return [];
        }

        if (!delivered.Reader.TryPeek(out _))
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(ReceiveWait);
            try
            {
                await delivered.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [];
            }
        }

        var received = new List<QueuedMention>(Math.Min(max, options.Value.Prefetch));
        while (received.Count < max && delivered.Reader.TryRead(out var message))
        {
            received.Add(message);
        }

        return received;
    }

    public Task CompleteAsync(IReadOnlyCollection<QueuedMention> messages, CancellationToken cancellationToken) =>
        AcknowledgeAsync(messages, cancellationToken);

    public async Task AbandonAsync(IReadOnlyCollection<QueuedMention> messages, TimeSpan delay, string error, CancellationToken cancellationToken)
    {
        var delayMilliseconds = (long)delay.TotalMilliseconds;
        string? exchange = null;
        if (delayMilliseconds > 0)
        {
            await broker.DeclareDelayAsync(delayMilliseconds, cancellationToken);
            exchange = broker.Topology.DelayExchange(delayMilliseconds);
        }

        await broker.PublishAsync(messages.Select(m => broker.Messages.Mention(m.Mention, m.Source, m.Attempt + 1, error, exchange)).ToList(), cancellationToken);
        await AcknowledgeAsync(messages, cancellationToken);
    }

    public async Task DeadLetterAsync(QueuedMention message, string reason, CancellationToken cancellationToken)
    {
        await broker.PublishAsync([broker.Messages.Letter(message.Mention.Key, message.Source, Mentions.MentionJson.Serialize(message.Mention), message.Attempt, reason)],
            cancellationToken);
        await AcknowledgeAsync([message], cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (channel != null)
        {
            await channel.DisposeAsync();
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (channel != null)
        {
            return;
        }

        var consuming = await broker.OpenChannelAsync(cancellationToken);
        await consuming.BasicQosAsync(0, (ushort)options.Value.Prefetch, global: false, cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += (_, delivery) => DeliveredAsync(consuming, delivery);
        foreach (var queue in broker.Topology.PartitionQueues)
        {
            await consuming.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
        }

        channel = consuming;
    }

    /// <summary>
    /// Buffers a delivery for the next receive. A body that is not a mention (someone else published it) cannot be
    /// retried into one: it goes to the dead letters as it came, with the reason.
    /// </summary>
    private async Task DeliveredAsync(IChannel consuming, BasicDeliverEventArgs delivery)
    {
        try
        {
            var (mention, source, attempt) = BrokerMessages.ReadMention(delivery.BasicProperties, delivery.Body);
            await delivered.Writer.WriteAsync(new QueuedMention((long)delivery.DeliveryTag, session, attempt, source, mention));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or ArgumentException)
        {
            logger.LogWarning("A message on {Queue} is not a mention; it is dead-lettered: {Message}", delivery.RoutingKey, e.Message);
            await broker.PublishAsync([broker.Messages.Letter("", "broker", System.Text.Encoding.UTF8.GetString(delivery.Body.Span), 0,
                $"Not a mention: {e.Message}")], CancellationToken.None);
            await gate.WaitAsync();
            try
            {
                await consuming.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private async Task AcknowledgeAsync(IReadOnlyCollection<QueuedMention> messages, CancellationToken cancellationToken)
    {
        var held = messages.Where(m => m.LeaseId == session).ToList();
        if (held.Count == 0 || channel == null)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var message in held)
            {
                await channel.BasicAckAsync((ulong)message.Id, multiple: false, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
