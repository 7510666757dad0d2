using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace SocialCrm.Dataverse.Local.Tests.ServiceEndpoints;

/// <summary>A webhook receiver on 127.0.0.1 that records every request and answers with the statuses it is given, in turn.</summary>
internal sealed class WebhookListener : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Queue<HttpStatusCode> answers;
    private readonly Task loop;

    public WebhookListener(params HttpStatusCode[] answers)
    {
        this.answers = new Queue<HttpStatusCode>(answers);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/webhooks/dataverse");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public void Dispose()
    {
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            Received.Enqueue(new ReceivedWebhook(
                context.Request.Url!,
                context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                context.Request.ContentType,
                body));
            context.Response.StatusCode = (int)(answers.Count > 0 ? answers.Dequeue() : HttpStatusCode.OK);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

internal sealed record ReceivedWebhook(Uri Url, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body);
