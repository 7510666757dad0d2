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
    private readonly HttpListener listener;
    private readonly Queue<HttpStatusCode> answers;
    private readonly Task loop;

    public WebhookListener(params HttpStatusCode[] answers)
    {
        this.answers = new Queue<HttpStatusCode>(answers);
        (listener, var port) = Listen();
        Url = new Uri($"http://127.0.0.1:{port}/webhooks/dataverse");
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

    /// <summary>
    /// HttpListener cannot bind port 0: it is given a port that was free a moment ago, and another one when a parallel
    /// test or an outgoing connection took that port meanwhile (the bind fails, nothing is retried after it succeeds).
    /// </summary>
    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            int port;
            using (var socket = new TcpListener(IPAddress.Loopback, 0))
            {
                socket.Start();
                port = ((IPEndPoint)socket.LocalEndpoint).Port;
            }

            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }
}

internal sealed record ReceivedWebhook(Uri Url, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body);
