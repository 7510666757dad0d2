using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// Mastodon's POST /api/v1/statuses as documented (https://docs.joinmastodon.org/methods/statuses/#create): form fields
/// status, in_reply_to_id, visibility; 200 with the Status entity {id, uri, url, created_at, in_reply_to_id, visibility,
/// content} (https://docs.joinmastodon.org/entities/Status/); an Idempotency-Key seen before returns the status first
/// posted under it; errors are {"error": "..."} (401 "The access token is invalid", 429 "Too many requests" with
/// X-RateLimit-Limit/Remaining/Reset, the reset an ISO 8601 time, https://docs.joinmastodon.org/api/rate-limits/).
/// </summary>
public sealed class FakeMastodon : FakeNetwork
{
    private long nextId = 113000000000000000;

    /// <summary>Statuses the instance holds, by id.</summary>
    public ConcurrentDictionary<string, Status> Statuses { get; } = new();

    private ConcurrentDictionary<string, Status> ByIdempotencyKey { get; } = new();

    public static async Task<FakeMastodon> StartAsync()
    {
        var mastodon = new FakeMastodon();
        await mastodon.StartAsync(app => app.MapPost("/api/v1/statuses", (Delegate)(Func<HttpContext, Task<IResult>>)mastodon.CreateAsync));
        return mastodon;
    }

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        context.Response.Headers["X-RateLimit-Limit"] = "300";
        if (!IsAuthorized(context.Request))
        {
            return Results.Json(new { error = "The access token is invalid" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (TakeRateLimit())
        {
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(2).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            return Results.Json(new { error = "Too many requests" }, statusCode: StatusCodes.Status429TooManyRequests);
        }

        var form = await context.Request.ReadFormAsync();
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && ByIdempotencyKey.TryGetValue(key, out var earlier))
        {
            return Results.Json(earlier.Json());
        }

        var id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        var status = new Status(id, form["status"].ToString(), form["in_reply_to_id"].ToString(), form["visibility"].ToString(), DateTimeOffset.UtcNow);
        Statuses[id] = status;
        if (key.Length > 0)
        {
            ByIdempotencyKey[key] = status;
        }

        if (AfterAccepting != null)
        {
            await AfterAccepting();
        }

        return Results.Json(status.Json());
    }

    public sealed record Status(string Id, string Text, string InReplyToId, string Visibility, DateTimeOffset CreatedAt)
    {
        public object Json() => new
        {
            id = Id,
            uri = $"https://mastodon.example/users/brand/statuses/{Id}",
            url = $"https://mastodon.example/@brand/{Id}",
            created_at = CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            in_reply_to_id = InReplyToId,
            visibility = Visibility,
            content = $"<p>{System.Net.WebUtility.HtmlEncode(Text)}</p>",
        };
    }
}
