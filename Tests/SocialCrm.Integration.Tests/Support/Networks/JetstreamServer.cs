using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// A Jetstream instance on 127.0.0.1 as its README documents it (https://github.com/bluesky-social/jetstream, "Consuming
/// Jetstream"): a WebSocket on /subscribe whose wantedCollections query filters commits by collection (account and
/// identity events always pass), and whose cursor (unix microseconds) replays every event from that time before the live
/// tail; an absent cursor is the live tail. Each event is one text message of JSON with did, time_us and kind.
/// </summary>
public sealed class JetstreamServer : IAsyncDisposable
{
    private readonly List<JsonNode> history = [];
    private readonly ConcurrentDictionary<Guid, Channel<JsonNode>> listeners = new();
    private WebApplication? app;
    private long clockMicros = 1725911162329308;

    public Uri Url => new(app!.Urls.Single().Replace("http://", "ws://", StringComparison.Ordinal) + "/subscribe");

    /// <summary>The query string of each connection, in order.</summary>
    public ConcurrentQueue<string> Connections { get; } = new();

    public static async Task<JetstreamServer> StartAsync()
    {
        var server = new JetstreamServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server.app = builder.Build();
        server.app.UseWebSockets();
        server.app.Map("/subscribe", (Delegate)server.SubscribeAsync);
        await server.app.StartAsync();
        return server;
    }

    /// <summary>One of the documented events of Samples/jetstream-post-commits.json, by name (mention, reply, quote, …).</summary>
    public static JsonNode DocumentedEvent(string name) =>
        JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", "jetstream-post-commits.json")))![name]!.DeepClone();

    /// <summary>Stamps <paramref name="streamEvent"/> with the next time_us, keeps it for replays and sends it to whoever
    /// listens now.</summary>
    /// <returns>Its time_us.</returns>
    public long Publish(JsonNode streamEvent)
    {
        lock (history)
        {
            clockMicros += 1_000_000;
            streamEvent["time_us"] = clockMicros;
            history.Add(streamEvent);
            foreach (var listener in listeners.Values)
            {
                listener.Writer.TryWrite(streamEvent);
            }

            return clockMicros;
        }
    }

    public async Task ListenedToAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (listeners.IsEmpty)
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>Closes every connection, as a restarting instance does.</summary>
    public void DropConnections()
    {
        foreach (var listener in listeners.Values)
        {
            listener.Writer.TryComplete();
        }
    }

    private async Task SubscribeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Connections.Enqueue(context.Request.QueryString.Value ?? "");
        var wanted = context.Request.Query["wantedCollections"].ToArray();
        long? cursor = long.TryParse(context.Request.Query["cursor"], NumberStyles.None, CultureInfo.InvariantCulture, out var micros) ? micros : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var listener = Channel.CreateUnbounded<JsonNode>();
        var id = Guid.NewGuid();
        lock (history)
        {
            foreach (var past in history.Where(e => cursor.HasValue && (long)e["time_us"]! >= cursor.Value))
            {
                listener.Writer.TryWrite(past);
            }

            listeners[id] = listener;
        }

        try
        {
            await foreach (var streamEvent in listener.Reader.ReadAllAsync(context.RequestAborted))
            {
                var collection = (string?)streamEvent["commit"]?["collection"];
                if (collection != null && wanted.Length > 0 && !wanted.Contains(collection))
                {
                    continue;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(streamEvent.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "restarting", CancellationToken.None);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            listeners.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        DropConnections();
        if (app != null)
        {
            await app.DisposeAsync();
        }
    }
}
