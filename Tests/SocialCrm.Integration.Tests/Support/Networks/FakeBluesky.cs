using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// A Bluesky PDS's XRPC methods a reply uses, as documented: com.atproto.server.createSession {identifier, password} ->
/// {accessJwt, refreshJwt, handle, did} (https://docs.bsky.app/docs/api/com-atproto-server-create-session) and
/// refreshSession with the refresh token; com.atproto.repo.getRecord ?repo&amp;collection&amp;rkey -> {uri, cid, value}
/// (https://docs.bsky.app/docs/api/com-atproto-repo-get-record); com.atproto.repo.createRecord {repo, collection, rkey,
/// record} -> {uri, cid} (https://docs.bsky.app/docs/api/com-atproto-repo-create-record), refusing a key the collection
/// already holds. Errors are {"error", "message"} (https://atproto.com/specs/xrpc): 401 AuthenticationRequired for a bad
/// password, 401 ExpiredToken for an expired access token, 400 RecordNotFound, and 429 RateLimitExceeded with
/// ratelimit-limit/remaining/reset/policy (https://docs.bsky.app/docs/advanced-guides/rate-limits).
/// </summary>
public sealed class FakeBluesky : FakeNetwork
{
    public const string Did = "did:plc:brand4contoso7xyz";
    public const string Handle = "contoso.bsky.social";
    public const string AppPassword = "abcd-efgh-ijkl-mnop";

    private int sessions;

    /// <summary>Records the PDS holds, by at:// address: the customer's posts a test seeds and the brand's replies.</summary>
    public ConcurrentDictionary<string, Record> Records { get; } = new();

    /// <summary>Posts the brand created through createRecord, in order.</summary>
    public ConcurrentQueue<Record> Created { get; } = new();

    /// <summary>How many times the worker logged in (createSession) and refreshed (refreshSession).</summary>
    public int Logins { get; private set; }

    public int Refreshes { get; private set; }

    /// <summary>The next call with the current access token is answered ExpiredToken.</summary>
    public bool ExpireAccessTokenNext { get; set; }

    private string AccessToken => $"access-{sessions}";

    private string RefreshToken => $"refresh-{sessions}";

    public static async Task<FakeBluesky> StartAsync()
    {
        var bluesky = new FakeBluesky();
        await bluesky.StartAsync(app =>
        {
            app.MapPost("/xrpc/com.atproto.server.createSession", (Delegate)(Func<HttpContext, Task<IResult>>)bluesky.CreateSessionAsync);
            app.MapPost("/xrpc/com.atproto.server.refreshSession", (HttpContext context) => bluesky.RefreshSession(context));
            app.MapGet("/xrpc/com.atproto.repo.getRecord", (HttpContext context) => bluesky.GetRecord(context));
            app.MapPost("/xrpc/com.atproto.repo.createRecord", (Delegate)(Func<HttpContext, Task<IResult>>)bluesky.CreateRecordAsync);
        });
        return bluesky;
    }

    /// <summary>A post of someone else's repository, as the customer wrote it (a reply when it names its root).</summary>
    public Record Seed(string uri, string text, Record? root = null)
    {
        var value = new JsonObject { ["$type"] = "app.bsky.feed.post", ["text"] = text, ["createdAt"] = "2026-12-06T12:00:00.000Z" };
        if (root != null)
        {
            value["reply"] = new JsonObject { ["root"] = root.Ref(), ["parent"] = root.Ref() };
        }

        var record = new Record(uri, Cid(uri + text), value);
        Records[uri] = record;
        return record;
    }

    private async Task<IResult> CreateSessionAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        if (body["identifier"]?.GetValue<string>() is not (Handle or Did) || body["password"]?.GetValue<string>() != AppPassword)
        {
            return Error(StatusCodes.Status401Unauthorized, "AuthenticationRequired", "Invalid identifier or password");
        }

        Interlocked.Increment(ref sessions);
        Logins++;
        return Session();
    }

    private IResult RefreshSession(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + RefreshToken)
        {
            return Error(StatusCodes.Status400BadRequest, "ExpiredToken", "Token has been revoked");
        }

        Interlocked.Increment(ref sessions);
        Refreshes++;
        return Session();
    }

    private IResult GetRecord(HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var query = context.Request.Query;
        var uri = $"at://{query["repo"]}/{query["collection"]}/{query["rkey"]}";
        return Records.TryGetValue(uri, out var record)
            ? Results.Json(new JsonObject { ["uri"] = record.Uri, ["cid"] = record.Cid, ["value"] = record.Value.DeepClone() })
            : Error(StatusCodes.Status400BadRequest, "RecordNotFound", $"Could not locate record: {uri}");
    }

    private async Task<IResult> CreateRecordAsync(HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var record = body["record"] as JsonObject;
        var reply = record?["reply"];
        if (body["repo"]?.GetValue<string>() != Did || body["collection"]?.GetValue<string>() != "app.bsky.feed.post"
            || record?["$type"]?.GetValue<string>() != "app.bsky.feed.post" || record["createdAt"] == null
            || reply?["root"]?["cid"] == null || reply["parent"]?["cid"] == null || reply["root"]?["uri"] == null || reply["parent"]?["uri"] == null)
        {
            return Error(StatusCodes.Status400BadRequest, "InvalidRequest", "Invalid app.bsky.feed.post record");
        }

        var key = body["rkey"]?.GetValue<string>() ?? string.Empty;
        if (!IsTid(key))
        {
            return Error(StatusCodes.Status400BadRequest, "InvalidRequest", $"Invalid record key: {key}");
        }

        var uri = $"at://{Did}/app.bsky.feed.post/{key}";
        var created = new Record(uri, Cid(uri + record["text"]), (JsonObject)record.DeepClone());
        if (!Records.TryAdd(uri, created))
        {
            return Error(StatusCodes.Status400BadRequest, "InvalidRequest", $"Record already exists: {uri}");
        }

        Created.Enqueue(created);
        if (AfterAccepting != null)
        {
            await AfterAccepting();
        }

        return Results.Json(new JsonObject { ["uri"] = uri, ["cid"] = created.Cid, ["validationStatus"] = "valid" });
    }

    private IResult? Gate(HttpContext context)
    {
        context.Response.Headers["ratelimit-limit"] = "5000";
        context.Response.Headers["ratelimit-policy"] = "5000;w=3600";
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + AccessToken)
        {
            return Error(StatusCodes.Status401Unauthorized, "InvalidToken", "Bad token");
        }

        if (ExpireAccessTokenNext)
        {
            ExpireAccessTokenNext = false;
            return Error(StatusCodes.Status401Unauthorized, "ExpiredToken", "Token has expired");
        }

        if (TakeRateLimit())
        {
            context.Response.Headers["ratelimit-remaining"] = "0";
            context.Response.Headers["ratelimit-reset"] = DateTimeOffset.UtcNow.AddSeconds(120).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Error(StatusCodes.Status429TooManyRequests, "RateLimitExceeded", "Rate Limit Exceeded");
        }

        context.Response.Headers["ratelimit-remaining"] = "4999";
        return null;
    }

    private IResult Session() =>
        Results.Json(new { accessJwt = AccessToken, refreshJwt = RefreshToken, handle = Handle, did = Did, active = true });

    private static IResult Error(int status, string error, string message) => Results.Json(new { error, message }, statusCode: status);

    // A TID: 13 characters of base32-sortable, the first at most 'j' because the top bit is 0 (https://atproto.com/specs/tid).
    private static bool IsTid(string key) =>
        key.Length == 13 && "234567abcdefghij".Contains(key[0]) && key.All(c => "234567abcdefghijklmnopqrstuvwxyz".Contains(c));

    private static string Cid(string content) =>
        "bafyrei" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content))).ToLowerInvariant()[..52];

    public sealed record Record(string Uri, string Cid, JsonObject Value)
    {
        public string Text => Value["text"]!.GetValue<string>();

        public JsonNode Ref() => new JsonObject { ["uri"] = Uri, ["cid"] = Cid };

        public string? ParentUri => Value["reply"]?["parent"]?["uri"]?.GetValue<string>();

        public string? RootUri => Value["reply"]?["root"]?["uri"]?.GetValue<string>();
    }
}
