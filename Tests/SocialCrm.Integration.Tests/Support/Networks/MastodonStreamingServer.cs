using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
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
/// A Mastodon instance's streaming server and the REST calls a stream needs, on 127.0.0.1, as documented at
/// https://docs.joinmastodon.org/methods/streaming/: server-sent events on GET /api/v1/streaming/user and /direct
/// ("event: name" and "data: payload" lines, a blank line after each event, ":thump" heartbeat comments); a WebSocket on
/// /api/v1/streaming taking {"type":"subscribe","stream":…} messages and sending {"stream":[…],"event":…,"payload":…}
/// with the payload JSON cast to a string (double-encoded) or a bare id for delete; a bad token is answered 401 before
/// any stream. GET /api/v1/accounts/verify_credentials answers the brand's account
/// (https://docs.joinmastodon.org/methods/accounts/#verify_credentials) and GET /api/v1/notifications the mention
/// notifications after min_id, newest first (https://docs.joinmastodon.org/methods/notifications/#get). GET
/// /api/v1/statuses?id[]=… answers the statuses asked for that still exist, fewer when some do not, or 404 as a server
/// older than 4.3 (https://docs.joinmastodon.org/methods/statuses/#index), 422 for more than 20 ids.
/// </summary>
public sealed class MastodonStreamingServer : IAsyncDisposable
{
    /// <summary>The brand's account: @trwnh (id 14715), the account the documentation's examples mention.</summary>
    public const string BrandAccountId = "14715";

    private readonly ConcurrentDictionary<Guid, Subscriber> subscribers = new();
    private readonly List<string> notifications = [];
    private readonly ConcurrentDictionary<string, string> statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> withdrawn = new(StringComparer.Ordinal);
    private WebApplication? app;

    public Uri Url => new(app!.Urls.Single() + "/");

    public string AcceptedToken { get; set; } = "mastodon-token";

    /// <summary>The min_id of each catch-up request, in order ("" for none).</summary>
    public ConcurrentQueue<string> CatchUpRequests { get; } = new();

    /// <summary>The ids of each GET /api/v1/statuses, in order.</summary>
    public ConcurrentQueue<string[]> StatusesRequests { get; } = new();

    /// <summary>False: GET /api/v1/statuses answers 404, as on a server older than Mastodon 4.3.</summary>
    public bool OffersStatusesByIds { get; set; } = true;

    /// <summary>How many stream connections were opened, over either transport.</summary>
    public int ConnectionsOpened;

    public static async Task<MastodonStreamingServer> StartAsync()
    {
        var server = new MastodonStreamingServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server.app = builder.Build();
        server.app.UseWebSockets();
        server.app.MapGet("/api/v1/accounts/verify_credentials", (Delegate)server.VerifyCredentials);
        server.app.MapGet("/api/v1/notifications", (Delegate)server.Notifications);
        server.app.MapGet("/api/v1/statuses", (Delegate)server.Statuses);
        server.app.MapGet("/api/v1/streaming/{stream}", (Delegate)server.ServerSentEventsAsync);
        server.app.Map("/api/v1/streaming", (Delegate)server.WebSocketAsync);
        await server.app.StartAsync();
        return server;
    }

    /// <summary>
    /// The documented mention notification (Samples/mastodon-notification-mention.json, the user stream's example) with
    /// its ids, type, text and edited_at changed, as Mastodon would send another one.
    /// </summary>
    public static string MentionNotification(string notificationId, string statusId, string text, string type = "mention", string? editedAt = null)
    {
        var notification = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", "mastodon-notification-mention.json")))!;
        notification["id"] = notificationId;
        notification["type"] = type;
        var status = notification["status"]!;
        status["id"] = statusId;
        status["content"] = $"<p><span class=\"h-card\"><a class=\"u-url mention\" href=\"https://mastodon.social/@trwnh\">@<span>trwnh</span></a></span> {text}</p>";
        status["edited_at"] = editedAt;
        return notification.ToJsonString();
    }

    /// <summary>The status of a notification: the payload of update and status.update events.</summary>
    public static string StatusOf(string notification) => JsonNode.Parse(notification)!["status"]!.ToJsonString();

    /// <summary>Keeps a notification in the account's list (what catch-up reads); it is not streamed.</summary>
    public void AddNotification(string notification)
    {
        lock (notifications)
        {
            notifications.Add(notification);
        }

        Keep(JsonNode.Parse(notification)!["status"]);
    }

    /// <summary>Deletes a status, or hides it from the account (a block), without streaming it: GET /api/v1/statuses no
    /// longer answers it.</summary>
    public void DeleteStatus(string statusId)
    {
        if (statuses.TryRemove(statusId, out var status))
        {
            withdrawn[statusId] = status;
        }
    }

    /// <summary>Answers a status <see cref="DeleteStatus"/> took away again (its author unblocked the account, a moderator
    /// restored it), edited meanwhile when <paramref name="text"/> is given.</summary>
    public void ShowStatusAgain(string statusId, string? text = null, string? editedAt = null)
    {
        var status = withdrawn.TryRemove(statusId, out var kept) ? kept : throw new InvalidOperationException($"Status {statusId} was not taken away.");
        statuses[statusId] = text == null ? status : Edited(status, statusId, text, editedAt!);
    }

    /// <summary>Edits a status without streaming it: its content and edited_at change, as after PUT /api/v1/statuses/:id.</summary>
    public void EditStatus(string statusId, string text, string editedAt) => statuses[statusId] = Edited(statuses[statusId], statusId, text, editedAt);

    private static string Edited(string status, string statusId, string text, string editedAt)
    {
        var edited = JsonNode.Parse(status)!;
        edited["content"] = JsonNode.Parse(MentionNotification("0", statusId, text))!["status"]!["content"]!.DeepClone();
        edited["edited_at"] = editedAt;
        return edited.ToJsonString();
    }

    /// <summary>Sends an event to whoever listens to <paramref name="stream"/> now; nobody listening, nobody gets it. The
    /// statuses it carries are kept, as the server knows what it streamed.</summary>
    public void Publish(string stream, string eventName, string payload)
    {
        switch (eventName)
        {
            case "conversation":
                Keep(JsonNode.Parse(payload)!["last_status"]);
                break;
            case "status.update":
                Keep(JsonNode.Parse(payload));
                break;
        }

        foreach (var subscriber in subscribers.Values.Where(s => s.Streams.ContainsKey(stream)))
        {
            subscriber.Events.Writer.TryWrite((stream, eventName, payload));
        }
    }

    /// <summary>A mention notification: kept in the list, and streamed to the user stream.</summary>
    public void Mention(string notification)
    {
        AddNotification(notification);
        Publish("user", "notification", notification);
    }

    /// <summary>Waits until someone listens to <paramref name="stream"/>.</summary>
    public async Task ListenedToAsync(string stream, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (!subscribers.Values.Any(s => s.Streams.ContainsKey(stream)))
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>Ends every open stream, as a restarting streaming server does.</summary>
    public void DropConnections()
    {
        foreach (var subscriber in subscribers.Values)
        {
            subscriber.Events.Writer.TryComplete();
        }
    }

    private IResult VerifyCredentials(HttpContext context) => !IsAuthorized(context.Request)
        ? Unauthorized()
        : Results.Json(new { id = BrandAccountId, username = "trwnh", acct = "trwnh", display_name = "infinite love ⴳ", url = "https://mastodon.social/@trwnh" });

    private IResult Notifications(HttpContext context)
    {
        if (!IsAuthorized(context.Request))
        {
            return Unauthorized();
        }

        var minId = context.Request.Query["min_id"].ToString();
        var limit = int.TryParse(context.Request.Query["limit"], out var asked) ? Math.Min(asked, 80) : 40;
        var types = context.Request.Query["types[]"].ToArray();
        CatchUpRequests.Enqueue(minId);
        List<JsonNode> page;
        lock (notifications)
        {
            // min_id: the page just after it (oldest of the newer ones); each page is sorted newest first.
            page = notifications.Select(n => JsonNode.Parse(n)!)
                .Where(n => types.Length == 0 || types.Contains((string?)n["type"]))
                .Where(n => minId.Length == 0 || IsNewer((string)n["id"]!, minId))
                .OrderBy(n => ((string)n["id"]!).Length).ThenBy(n => (string)n["id"]!, StringComparer.Ordinal)
                .ToList();
            page = (minId.Length == 0 ? page.TakeLast(limit) : page.Take(limit)).Reverse().ToList();
        }

        return Results.Content(new JsonArray(page.Select(n => n.DeepClone()).ToArray()).ToJsonString(), "application/json", Encoding.UTF8);
    }

    private IResult Statuses(HttpContext context)
    {
        if (!IsAuthorized(context.Request))
        {
            return Unauthorized();
        }

        if (!OffersStatusesByIds)
        {
            return Results.Json(new { error = "Record not found" }, statusCode: StatusCodes.Status404NotFound);
        }

        var ids = context.Request.Query["id[]"].Select(id => id!).ToArray();
        StatusesRequests.Enqueue(ids);
        // More ids than DEFAULT_STATUSES_LIMIT (20) are refused (Api::V1::StatusesController#check_statuses_limit).
        if (ids.Length > 20)
        {
            return Results.Json(new { error = "Too many statuses requested" }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var found = ids.Distinct().Select(id => statuses.TryGetValue(id, out var status) ? JsonNode.Parse(status) : null).OfType<JsonNode>().ToArray();
        return Results.Content(new JsonArray(found).ToJsonString(), "application/json", Encoding.UTF8);
    }

    private void Keep(JsonNode? status)
    {
        if ((string?)status?["id"] is { } id)
        {
            statuses[id] = status.ToJsonString();
        }
    }

    private async Task ServerSentEventsAsync(HttpContext context, string stream)
    {
        if (!IsAuthorized(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "Error: Invalid access token" });
            return;
        }

        Interlocked.Increment(ref ConnectionsOpened);
        var subscriber = Subscribe(stream);
        try
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync(":)\n:thump\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var (_, name, payload) in subscriber.Events.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: {name}\ndata: {payload}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            subscribers.TryRemove(subscriber.Id, out _);
        }
    }

    private async Task WebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!IsAuthorized(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interlocked.Increment(ref ConnectionsOpened);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var subscriber = Subscribe(stream: null);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var subscriptions = ReadSubscriptionsAsync(socket, subscriber, closed);
        try
        {
            await foreach (var (stream, name, payload) in subscriber.Events.Reader.ReadAllAsync(closed.Token))
            {
                // The payload travels as a JSON string holding JSON: the documented double encoding.
                var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["stream"] = new[] { stream }, ["event"] = name, ["payload"] = payload });
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, closed.Token);
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "restarting", CancellationToken.None);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            subscribers.TryRemove(subscriber.Id, out _);
            await closed.CancelAsync();
            await subscriptions;
        }
    }

    private static async Task ReadSubscriptionsAsync(WebSocket socket, Subscriber subscriber, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, closed.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await closed.CancelAsync();
                    return;
                }

                var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, received.Count))!;
                if ((string?)message["type"] == "subscribe" && (string?)message["stream"] is { } stream)
                {
                    subscriber.Streams[stream] = true;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private Subscriber Subscribe(string? stream)
    {
        var subscriber = new Subscriber();
        if (stream != null)
        {
            subscriber.Streams[stream] = true;
        }

        subscribers[subscriber.Id] = subscriber;
        return subscriber;
    }

    private static bool IsNewer(string id, string than) => id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);

    private bool IsAuthorized(HttpRequest request) => request.Headers.Authorization.ToString() == "Bearer " + AcceptedToken;

    private static IResult Unauthorized() => Results.Json(new { error = "The access token is invalid" }, statusCode: StatusCodes.Status401Unauthorized);

    public async ValueTask DisposeAsync()
    {
        DropConnections();
        if (app != null)
        {
            await app.DisposeAsync();
        }
    }

    private sealed class Subscriber
    {
        public Guid Id { get; } = Guid.NewGuid();

        public ConcurrentDictionary<string, bool> Streams { get; } = new();

        public Channel<(string Stream, string Event, string Payload)> Events { get; } = Channel.CreateUnbounded<(string, string, string)>();
    }
}
