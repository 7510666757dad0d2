using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// The user and direct streams over one multiplexed WebSocket (wss://…/api/v1/streaming, Authorization: Bearer, then a
/// {"type":"subscribe","stream":…} message per stream; https://docs.joinmastodon.org/methods/streaming/#websocket).
/// Each text message is {"stream":[…],"event":…,"payload":…} whose payload is itself JSON cast to a string (or a bare
/// id for delete): it is handed on as that string and parsed once, by <see cref="MastodonEvents"/>.
/// </summary>
public sealed class MastodonWebSocket(IOptions<MastodonStreamOptions> options) : IMastodonTransport
{
    private static readonly string[] Streams = ["user", "direct"];

    public async IAsyncEnumerable<StreamEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + options.Value.AccessToken);
        // A ping every KeepAliveInterval; no pong within KeepAliveTimeout aborts the socket, so a connection that died
        // silently ends the read and the stream reconnects and catches up.
        // https://learn.microsoft.com/dotnet/api/system.net.websockets.clientwebsocketoptions.keepalivetimeout
        socket.Options.KeepAliveInterval = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, options.Value.ReadTimeout.Ticks / 2));
        socket.Options.KeepAliveTimeout = options.Value.ReadTimeout;
        await socket.ConnectAsync(WebSocketMessages.Address(new Uri(options.Value.Streaming, "api/v1/streaming")), cancellationToken);
        foreach (var stream in Streams)
        {
            var subscribe = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["type"] = "subscribe", ["stream"] = stream });
            await socket.SendAsync(subscribe, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }

        await foreach (var text in WebSocketMessages.ReadAsync(socket, cancellationToken))
        {
            using var message = JsonDocument.Parse(text);
            if (message.RootElement.Text("event") is { } name)
            {
                yield return new StreamEvent(name, message.RootElement.Text("payload"));
            }
        }
    }
}
