using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// Replies on Bluesky as the brand's account, logged in with an app password (com.atproto.server.createSession,
/// https://docs.bsky.app/docs/api/com-atproto-server-create-session). A reply is an app.bsky.feed.post record whose
/// reply.parent is the customer's post and reply.root the thread's first post, both as {uri, cid}; the parent is read
/// first (com.atproto.repo.getRecord) for its cid and, when it is itself a reply, its root
/// (https://docs.bsky.app/docs/advanced-guides/posts#replies-quote-posts-and-embeds). The record is created with the
/// reply's own key (<see cref="BlueskyRecordKey"/>) through com.atproto.repo.createRecord, answering {uri, cid}
/// (https://docs.bsky.app/docs/api/com-atproto-repo-create-record), so a retry after a crash cannot make a second post,
/// and finding the reply is reading that key back. Errors are XRPC's {"error", "message"} (https://atproto.com/specs/xrpc):
/// an expired access token (ExpiredToken) refreshes the session once (com.atproto.server.refreshSession); limits carry
/// ratelimit-reset in Unix seconds (https://docs.bsky.app/docs/advanced-guides/rate-limits).
/// </summary>
public sealed class BlueskyReplyClient(HttpClient http, BlueskySessionHolder sessions, IOptions<ReplyOptions> options, TimeProvider clock) : INetworkReplyClient
{
    public const string HttpClientName = "bluesky-replies";
    public const string PostCollection = "app.bsky.feed.post";
    private const string ResetHeader = "ratelimit-reset";

    private BlueskyAccountOptions Account => options.Value.Bluesky;

    public SocialPlatform Platform => SocialPlatform.Bluesky;

    public bool IsConfigured => !string.IsNullOrEmpty(Account.Identifier) && !string.IsNullOrEmpty(Account.AppPassword);

    public async Task<PostOutcome> PostAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        if (AtUri.Parse(reply.InReplyToId) is not { } parentUri)
        {
            return PostOutcome.Refused($"Bluesky: the post replied to, {reply.InReplyToId}, is no at:// record address.");
        }

        var parent = await CallAsync(session => Get(session, parentUri.Repo, parentUri.Collection, parentUri.RecordKey), cancellationToken);
        if (parent.Failure != null)
        {
            return parent.Failure;
        }

        var parentRef = new JsonObject { ["uri"] = parent.Json!["uri"]!.GetValue<string>(), ["cid"] = parent.Json["cid"]!.GetValue<string>() };
        var root = parent.Json["value"]?["reply"]?["root"]?.DeepClone() ?? parentRef.DeepClone();
        var key = RecordKey(reply);
        var created = await CallAsync(session =>
        {
            var request = Request(HttpMethod.Post, "com.atproto.repo.createRecord", session);
            request.Content = JsonContent.Create(new JsonObject
            {
                ["repo"] = session.Did,
                ["collection"] = PostCollection,
                ["rkey"] = key,
                ["record"] = new JsonObject
                {
                    ["$type"] = PostCollection,
                    ["text"] = reply.Text,
                    ["createdAt"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                    ["reply"] = new JsonObject { ["root"] = root, ["parent"] = parentRef },
                },
            });
            return request;
        }, cancellationToken);
        if (created.Failure == null)
        {
            return PostOutcome.Accepted(Posted(created.Json!["uri"]!.GetValue<string>(), key, clock.GetUtcNow()));
        }

        // The key is taken: an earlier attempt of this very reply made the post. Anything else is the PDS's answer.
        return created.Failure.Kind == PostOutcomeKind.Refused && await FindAsync(reply, cancellationToken) is { Kind: PostOutcomeKind.Accepted } earlier
            ? earlier
            : created.Failure;
    }

    /// <summary>The record under the reply's key in the brand's repository: the post an earlier run made, or null.</summary>
    public async Task<PostOutcome?> FindAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        var key = RecordKey(reply);
        var found = await CallAsync(session => Get(session, session.Did, PostCollection, key), cancellationToken);
        if (found.Failure != null)
        {
            return found.NotFound ? null : found.Failure;
        }

        var createdAt = found.Json!["value"]?["createdAt"]?.GetValue<DateTimeOffset>() ?? clock.GetUtcNow();
        return PostOutcome.Accepted(Posted(found.Json["uri"]!.GetValue<string>(), key, createdAt));
    }

    private static string RecordKey(PendingReply reply) => BlueskyRecordKey.For(reply.Id, reply.CreatedOn);

    private PostedReply Posted(string uri, string key, DateTimeOffset sentOn)
    {
        var profile = sessions.Current?.Handle ?? sessions.Current?.Did ?? Account.Identifier;
        return new PostedReply(uri, $"https://bsky.app/profile/{profile}/post/{key}", sentOn);
    }

    private HttpRequestMessage Get(BlueskySession session, string repo, string collection, string key) =>
        Request(HttpMethod.Get,
            $"com.atproto.repo.getRecord?repo={Uri.EscapeDataString(repo)}&collection={Uri.EscapeDataString(collection)}&rkey={Uri.EscapeDataString(key)}",
            session);

    /// <summary>
    /// One XRPC call with the current session: logs in when there is none, and when the PDS says the access token
    /// expired, refreshes the session (or logs in again) and makes the call once more.
    /// </summary>
    private async Task<XrpcAnswer> CallAsync(Func<BlueskySession, HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var session = sessions.Current;
            if (session == null)
            {
                var login = await LoginAsync(cancellationToken);
                if (login.Failure != null)
                {
                    return login;
                }

                session = sessions.Current!;
            }

            using var request = build(session);
            using var response = await http.SendAsync(request, cancellationToken);
            var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode && json != null)
            {
                return new XrpcAnswer(json, null, NotFound: false);
            }

            var error = json?["error"]?.GetValue<string>();
            if (error == "ExpiredToken" && attempt == 0)
            {
                sessions.Current = await RefreshAsync(session, cancellationToken);
                continue;
            }

            return new XrpcAnswer(null, Failure(response, json), NotFound: error == "RecordNotFound");
        }
    }

    private async Task<XrpcAnswer> LoginAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Account.ServiceUrl, "xrpc/com.atproto.server.createSession"))
        {
            Content = JsonContent.Create(new JsonObject { ["identifier"] = Account.Identifier, ["password"] = Account.AppPassword }),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
        if (response.IsSuccessStatusCode && Session(json) is { } session)
        {
            sessions.Current = session;
            return new XrpcAnswer(json, null, NotFound: false);
        }

        return new XrpcAnswer(null, Failure(response, json), NotFound: false);
    }

    // A refresh the PDS refuses (the refresh token expired or was revoked) falls back to logging in again.
    private async Task<BlueskySession?> RefreshAsync(BlueskySession expired, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Account.ServiceUrl, "xrpc/com.atproto.server.refreshSession"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", expired.RefreshJwt);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? Session(await NetworkResponse.ReadJsonAsync(response, cancellationToken)) : null;
    }

    private static BlueskySession? Session(JsonNode? json) =>
        json?["accessJwt"]?.GetValue<string>() is { } access && json["refreshJwt"]?.GetValue<string>() is { } refresh && json["did"]?.GetValue<string>() is { } did
            ? new BlueskySession(access, refresh, did, json["handle"]?.GetValue<string>() ?? did)
            : null;

    // XRPC answers a bad app password with 401 AuthenticationRequired: the account is stopped like any rejected token.
    private PostOutcome Failure(HttpResponseMessage response, JsonNode? json)
    {
        var error = json?["error"]?.GetValue<string>();
        var message = json?["message"]?.GetValue<string>();
        var words = error == null ? message : message == null ? error : $"{error}: {message}";
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            sessions.Current = null;
        }

        return NetworkResponse.Failure("Bluesky", response, words, ResetHeader, clock.GetUtcNow());
    }

    private HttpRequestMessage Request(HttpMethod verb, string xrpcMethod, BlueskySession session)
    {
        var request = new HttpRequestMessage(verb, new Uri(Account.ServiceUrl, "xrpc/" + xrpcMethod));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
        return request;
    }

    private sealed record XrpcAnswer(JsonNode? Json, PostOutcome? Failure, bool NotFound);
}
