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
    private IChannel? prober;

    public RabbitMqTopology Topology { get; } = new(options.Value);

    public BrokerMessages Messages => new(Topology, clock);

    /// <summary>Host and port of the broker, without the credentials, for messages people read.</summary>
    public string Address => $"{options.Value.Uri.Host}:{(options.Value.Uri.IsDefaultPort ? 5672 : options.Value.Uri.Port)}";

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

    /// <summary>
    /// Why the broker takes no publish now, or null when it confirms one within <paramref name="patience"/>: a message
    /// nobody receives (default exchange, a routing key no queue is named after, not mandatory, so the broker drops it)
    /// on a channel of its own. A broker under a resource alarm stops reading a connection only once it publishes, and
    /// says connection.blocked then (https://www.rabbitmq.com/docs/connection-blocked): a worker that only reads would
    /// not hear of the alarm otherwise.
    /// </summary>
    public async Task<string?> RefusesPublishesAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        if (BlockedBecause is { } blocked)
        {
            return blocked;
        }

        var channel = await ConfirmingChannelAsync(() => prober, opened => prober = opened, cancellationToken);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(patience);
        try
        {
            await channel.BasicPublishAsync("", $"{options.Value.Prefix}.probe", mandatory: false, new BasicProperties(), ReadOnlyMemory<byte>.Empty, wait.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return BlockedBecause ?? $"it confirmed no publish within {patience.TotalSeconds:0.#} s";
        }
    }

    /// <summary>Connects and declares the topology now; throws <see cref="BrokerTopologyMismatchException"/> when it differs.</summary>
    public async Task ConnectNowAsync(CancellationToken cancellationToken) => await ConnectAsync(cancellationToken);

    /// <summary>Declares one delay's queue on the publishing channel, so its messages can be sent right after.</summary>
    public async Task DeclareDelayAsync(long delayMilliseconds, CancellationToken cancellationToken) =>
        await Topology.DeclareDelayAsync(await PublisherAsync(cancellationToken), delayMilliseconds, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in new[] { publisher, prober })
        {
            if (channel != null)
            {
                await channel.DisposeAsync();
            }
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

    private Task<IChannel> PublisherAsync(CancellationToken cancellationToken) =>
        ConfirmingChannelAsync(() => publisher, opened => publisher = opened, cancellationToken);

    private async Task<IChannel> ConfirmingChannelAsync(Func<IChannel?> current, Action<IChannel> keep, CancellationToken cancellationToken)
    {
        if (current() is { IsOpen: true } open)
        {
            return open;
        }

        var connected = await ConnectAsync(cancellationToken);
        await gate.WaitAsync(cancellationToken);
        try
        {
            // A channel error (a refused declaration) closes a channel for good; the next use opens another.
            if (current() is not { IsOpen: true })
            {
                keep(await connected.CreateChannelAsync(Confirmed(true, null), cancellationToken));
            }

            return current()!;
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
                try
                {
                    await using var declaring = await opened.CreateChannelAsync(cancellationToken: cancellationToken);
                    await Topology.DeclareAsync(declaring, cancellationToken);
                }
                catch
                {
                    await opened.DisposeAsync();
                    throw;
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
