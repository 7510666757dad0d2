using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// The user and direct streams over HTTP server-sent events (GET /api/v1/streaming/user and /direct,
/// https://docs.joinmastodon.org/methods/streaming/#http), one connection each, merged. Frames are read by .NET's SSE
/// parser (heartbeat comments such as ":thump" are skipped, but they keep the read timeout from firing). When either
/// connection ends or stays silent past Streams:Mastodon:ReadTimeout, both end, and the caller reconnects and catches up.
/// </summary>
public sealed class MastodonServerSentEvents(IHttpClientFactory httpClients, IOptions<MastodonStreamOptions> options) : IMastodonTransport
{
    public const string HttpClientName = "mastodon-streaming";

    private static readonly string[] Paths = ["api/v1/streaming/user", "api/v1/streaming/direct"];

    public async IAsyncEnumerable<StreamEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var connections = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = Channel.CreateUnbounded<StreamEvent>(new UnboundedChannelOptions { SingleReader = true });
        var pumps = Paths.Select(path => PumpAsync(path, events.Writer, connections.Token)).ToList();
        try
        {
            await foreach (var streamEvent in events.Reader.ReadAllAsync(cancellationToken))
            {
                yield return streamEvent;
            }
        }
        finally
        {
            await connections.CancelAsync();
            await Task.WhenAll(pumps);
        }
    }

    private async Task PumpAsync(string path, ChannelWriter<StreamEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.Streaming, path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.AccessToken);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            await using var body = new ReadTimeoutStream(await response.Content.ReadAsStreamAsync(cancellationToken), options.Value.ReadTimeout);
            await foreach (var item in SseParser.Create(body).EnumerateAsync(cancellationToken))
            {
                await events.WriteAsync(new StreamEvent(item.EventType, item.Data), cancellationToken);
            }

            events.TryComplete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            events.TryComplete();
        }
        catch (Exception e)
        {
            events.TryComplete(e);
        }
    }
}
