using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// This process's one connection to the broker, opened on first use, with the topology declared once, and a channel
/// with publisher confirms that every role publishes on. The client recovers the connection and its consumers after a
/// network failure; acknowledgements of deliveries from before the recovery are dropped by the client, and the broker
/// has put those messages back already.
/// </summary>
public sealed class RabbitMqConnection(IOptions<RabbitMqOptions> options, TimeProvider clock) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;
    private IChannel? publisher;

    public RabbitMqTopology Topology { get; } = new(options.Value);

    public BrokerMessages Messages => new(Topology, clock);

    /// <summary>True while the broker refuses publishes (a memory or disk alarm, https://www.rabbitmq.com/docs/connection-blocked).</summary>
    public string? BlockedBecause { get; private set; }

    public async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken, bool confirms = false, ushort? consumerDispatchConcurrency = null)
    {
        var open = await ConnectAsync(cancellationToken);
        return await open.CreateChannelAsync(Confirmed(confirms, consumerDispatchConcurrency), cancellationToken);
    }

    /// <summary>
    /// Publishes the messages and returns once the broker confirmed every one (written to disk and routed to a queue;
    /// mandatory, so an unroutable one fails rather than vanishing). Throws when one is refused or returned.
    /// The client sends in call order under one lock, so the messages of one author reach their partition in this order.
    /// </summary>
    public async Task PublishAsync(IReadOnlyCollection<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var channel = await PublisherAsync(cancellationToken);
        var confirmations = messages
            .Select(message => channel.BasicPublishAsync(message.Exchange, message.RoutingKey, mandatory: true, message.Properties, message.Body, cancellationToken).AsTask())
            .ToList();
        await Task.WhenAll(confirmations);
    }

    /// <summary>Declares one delay's queue on the publishing channel, so its messages can be sent right after.</summary>
    public async Task DeclareDelayAsync(long delayMilliseconds, CancellationToken cancellationToken) =>
        await Topology.DeclareDelayAsync(await PublisherAsync(cancellationToken), delayMilliseconds, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (publisher != null)
        {
            await publisher.DisposeAsync();
        }

        if (connection != null)
        {
            await connection.DisposeAsync();
        }
    }

    // No limiter on outstanding confirms: the client's default one delays a publish by a computed wait, which could let a
    // later message of an author overtake an earlier one.
    private static CreateChannelOptions Confirmed(bool confirms, ushort? consumerDispatchConcurrency) =>
        new(publisherConfirmationsEnabled: confirms, publisherConfirmationTrackingEnabled: confirms,
            outstandingPublisherConfirmationsRateLimiter: null, consumerDispatchConcurrency: consumerDispatchConcurrency);

    private async Task<IChannel> PublisherAsync(CancellationToken cancellationToken)
    {
        if (publisher is { IsOpen: true } open)
        {
            return open;
        }

        var connected = await ConnectAsync(cancellationToken);
        await gate.WaitAsync(cancellationToken);
        try
        {
            // A channel error (a refused declaration) closes a channel for good; the next publish opens another.
            if (publisher is not { IsOpen: true })
            {
                publisher = await connected.CreateChannelAsync(Confirmed(true, null), cancellationToken);
            }

            return publisher;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (connection != null)
        {
            return connection;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connection == null)
            {
                var factory = new ConnectionFactory
                {
                    Uri = options.Value.Uri,
                    ClientProvidedName = $"socialcrm {Environment.ProcessId}",
                    AutomaticRecoveryEnabled = true,
                    TopologyRecoveryEnabled = true,
                };
                var opened = await factory.CreateConnectionAsync(cancellationToken);
                opened.ConnectionBlockedAsync += (_, blocked) =>
                {
                    BlockedBecause = blocked.Reason;
                    return Task.CompletedTask;
                };
                opened.ConnectionUnblockedAsync += (_, _) =>
                {
                    BlockedBecause = null;
                    return Task.CompletedTask;
                };
                await using (var declaring = await opened.CreateChannelAsync(cancellationToken: cancellationToken))
                {
                    await Topology.DeclareAsync(declaring, cancellationToken);
                }

                connection = opened;
            }

            return connection;
        }
        finally
        {
            gate.Release();
        }
    }
}
