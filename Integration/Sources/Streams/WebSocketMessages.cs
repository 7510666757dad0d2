using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>The text messages of a WebSocket, whole (a message may come in several frames), until the server closes.</summary>
public static class WebSocketMessages
{
    /// <summary>The largest message taken (a post with its author is a few KiB); a larger one drops the connection.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    public static async IAsyncEnumerable<string> ReadAsync(WebSocket socket, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
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
                    throw new InvalidDataException($"A stream message passed {MaxMessageBytes} bytes.");
                }

                if (received.EndOfMessage)
                {
                    var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                    message.SetLength(0);
                    yield return text;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The ws: or wss: address of an http: or https: one.</summary>
    public static Uri Address(Uri address) =>
        new UriBuilder(address) { Scheme = address.Scheme == Uri.UriSchemeHttp || address.Scheme == "ws" ? "ws" : "wss" }.Uri;
}
