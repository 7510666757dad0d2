using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// X API v2 as documented: POST /2/tweets answers 201 {"data": {"id", "text"}}
/// (https://docs.x.com/x-api/posts/create-post); GET /2/users/:id/tweets answers {"data": [...], "meta": {"result_count"}}
/// with created_at and referenced_tweets when asked (https://docs.x.com/x-api/posts/timelines/introduction); every answer
/// carries x-rate-limit-limit/remaining/reset, a 429 is {"title": "Too Many Requests", ...} and a bad token 401
/// {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
/// (https://docs.x.com/fundamentals/rate-limits). Direct messages to one person: POST
/// /2/dm_conversations/with/:participant_id/messages {"text"} answers 201 {"data": {"dm_conversation_id", "dm_event_id"}}
/// and GET /2/dm_conversations/with/:participant_id/dm_events lists the conversation's events
/// (https://docs.x.com/xdks/ruby/reference/clients/direct-messages).
/// </summary>
public sealed class FakeX : FakeNetwork
{
    private long nextId = 1867000000000000000;

    public const string BrandUserId = "2244994945";

    /// <summary>Posts the network holds, in the order it accepted them.</summary>
    public ConcurrentQueue<JsonObject> Posts { get; } = new();

    /// <summary>Direct messages the brand sent, each with the participant it went to.</summary>
    public ConcurrentQueue<JsonObject> DirectMessages { get; } = new();

    /// <summary>Seconds from now the 429's x-rate-limit-reset names.</summary>
    public int ResetInSeconds { get; set; } = 2;

    public static async Task<FakeX> StartAsync()
    {
        var x = new FakeX();
        await x.StartAsync(app =>
        {
            app.MapPost("/2/tweets", (Delegate)(Func<HttpContext, Task<IResult>>)x.CreateAsync);
            app.MapGet("/2/users/{id}/tweets", (string id, HttpContext context) => x.Timeline(id, context));
            app.MapPost("/2/dm_conversations/with/{participant}/messages", (string participant, HttpContext context) => x.SendDirectAsync(participant, context));
            app.MapGet("/2/dm_conversations/with/{participant}/dm_events", (string participant, HttpContext context) => x.DirectEvents(participant, context));
        });
        return x;
    }

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        var post = new JsonObject
        {
            ["id"] = id,
            ["text"] = body["text"]!.GetValue<string>(),
            ["author_id"] = BrandUserId,
            ["created_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        if (body["reply"]?["in_reply_to_tweet_id"]?.GetValue<string>() is { } inReplyTo)
        {
            post["referenced_tweets"] = new JsonArray(new JsonObject { ["type"] = "replied_to", ["id"] = inReplyTo });
        }

        Posts.Enqueue(post);
        if (AfterAccepting != null)
        {
            await AfterAccepting();
        }

        return Results.Json(new { data = new { id, text = post["text"]!.GetValue<string>() } }, statusCode: StatusCodes.Status201Created);
    }

    private async Task<IResult> SendDirectAsync(string participant, HttpContext context)
    {
        if (Gate(context) is { } refusal)
        {
            return refusal;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        DirectMessages.Enqueue(new JsonObject
        {
            ["id"] = id,
            ["event_type"] = "MessageCreate",
            ["text"] = body["text"]!.GetValue<string>(),
            ["sender_id"] = BrandUserId,
            ["participant"] = participant,
            ["created_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        });
        return Results.Json(new { data = new { dm_conversation_id = $"{participant}-{BrandUserId}", dm_event_id = id } }, statusCode: StatusCodes.Status201Created);
    }

    private IResult DirectEvents(string participant, HttpContext context)
    {
        if (Gate(context) is { } refusal)
        {
            return refusal;
        }

        var events = DirectMessages.Where(message => message["participant"]!.GetValue<string>() == participant).Reverse().Select(message => message.DeepClone()).ToArray();
        return Results.Json(new JsonObject { ["data"] = new JsonArray(events), ["meta"] = new JsonObject { ["result_count"] = events.Length } });
    }

    private IResult Timeline(string userId, HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var posts = Posts.Where(post => post["author_id"]!.GetValue<string>() == userId).Reverse().Select(post => post.DeepClone()).ToArray();
        return Results.Json(new JsonObject { ["data"] = new JsonArray(posts), ["meta"] = new JsonObject { ["result_count"] = posts.Length } });
    }

    private IResult? Gate(HttpContext context)
    {
        var reset = DateTimeOffset.UtcNow.AddSeconds(ResetInSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["x-rate-limit-limit"] = "100";
        context.Response.Headers["x-rate-limit-reset"] = reset;
        if (!IsAuthorized(context.Request))
        {
            return Problem("Unauthorized", "Unauthorized", StatusCodes.Status401Unauthorized);
        }

        if (TakeRateLimit())
        {
            context.Response.Headers["x-rate-limit-remaining"] = "0";
            return Problem("Too Many Requests", "Too Many Requests", StatusCodes.Status429TooManyRequests);
        }

        context.Response.Headers["x-rate-limit-remaining"] = "99";
        return null;
    }

    private static IResult Problem(string title, string detail, int status) =>
        Results.Json(new { title, detail, type = "about:blank", status }, statusCode: status);
}
