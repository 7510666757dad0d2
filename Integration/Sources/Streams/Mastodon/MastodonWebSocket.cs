using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
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
    /// <summary>The largest message taken (a status with its account is a few KiB); a larger one drops the connection.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    private static readonly string[] Streams = ["user", "direct"];

    public async IAsyncEnumerable<StreamEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + options.Value.AccessToken);
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        await socket.ConnectAsync(Address(options.Value.Streaming), cancellationToken);
        foreach (var stream in Streams)
        {
            var subscribe = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["type"] = "subscribe", ["stream"] = stream });
            await socket.SendAsync(subscribe, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    yield break;
                }

                message.Write(buffer, 0, received.Count);
                if (message.Length > MaxMessageBytes)
                {
                    throw new InvalidDataException($"A Mastodon stream message passed {MaxMessageBytes} bytes.");
                }

                if (!received.EndOfMessage)
                {
                    continue;
                }

                var streamEvent = Event(message.GetBuffer().AsSpan(0, (int)message.Length));
                message.SetLength(0);
                if (streamEvent != null)
                {
                    yield return streamEvent;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Uri Address(Uri streaming)
    {
        var address = new UriBuilder(new Uri(streaming, "api/v1/streaming")) { Scheme = streaming.Scheme == Uri.UriSchemeHttp ? "ws" : "wss" };
        return address.Uri;
    }

    /// <summary>The event of one message; null for one that names no event.</summary>
    private static StreamEvent? Event(ReadOnlySpan<byte> utf8)
    {
        using var message = JsonDocument.Parse(Encoding.UTF8.GetString(utf8));
        var root = message.RootElement;
        return root.Text("event") is { } name ? new StreamEvent(name, root.Text("payload")) : null;
    }
}
