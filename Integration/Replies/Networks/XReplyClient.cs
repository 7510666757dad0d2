using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// Replies on X through API v2 with the brand account's user-context token.
/// Public: POST /2/tweets {"text", "reply": {"in_reply_to_tweet_id"}} -> 201 {"data": {"id", "text"}}
/// (https://docs.x.com/x-api/posts/create-post). Private, to the person the DM thread is with:
/// POST /2/dm_conversations/with/:participant_id/messages {"text"}
/// -> 201 {"data": {"dm_conversation_id", "dm_event_id"}} (https://docs.x.com/x-api/direct-messages/manage/integrate).
/// Errors are problem details {"title", "detail", "type", "status"}; a 429 carries x-rate-limit-reset in Unix seconds
/// (https://docs.x.com/fundamentals/rate-limits). X has no idempotency key, so a reply that may have gone out is looked
/// for on the account's timeline (GET /2/users/:id/tweets, https://docs.x.com/x-api/posts/timelines/introduction)
/// or in the DM conversation (GET /2/dm_conversations/with/:participant_id/dm_events) before it is posted again
/// (endpoints: https://docs.x.com/xdks/ruby/reference/clients/direct-messages).
/// </summary>
public sealed class XReplyClient(HttpClient http, IOptions<ReplyOptions> options, TimeProvider clock) : INetworkReplyClient
{
    public const string HttpClientName = "x-replies";
    private const string ResetHeader = "x-rate-limit-reset";

    private XAccountOptions Account => options.Value.X;

    public SocialPlatform Platform => SocialPlatform.X;

    public bool IsConfigured => !string.IsNullOrEmpty(Account.AccessToken);

    public async Task<PostOutcome> PostAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        var conversation = Conversation(reply);
        if (reply.IsPrivate && conversation == null)
        {
            return PostOutcome.Refused($"A private reply on X goes to the person of a direct-message thread; '{reply.ThreadId}' is none.");
        }

        var body = reply.IsPrivate
            ? new JsonObject { ["text"] = reply.Text }
            : new JsonObject { ["text"] = reply.Text, ["reply"] = new JsonObject { ["in_reply_to_tweet_id"] = reply.InReplyToId } };
        var path = reply.IsPrivate ? $"{conversation}/messages" : "2/tweets";
        using var request = Request(HttpMethod.Post, path);
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var data = json?["data"];
            var id = reply.IsPrivate ? data?["dm_event_id"]?.GetValue<string>() : data?["id"]?.GetValue<string>();
            if (id != null)
            {
                return PostOutcome.Accepted(Posted(id, reply.IsPrivate, clock.GetUtcNow()));
            }
        }

        return Failure(response, json);
    }

    public async Task<PostOutcome?> FindAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        if (reply.IsPrivate && Conversation(reply) == null)
        {
            return null;
        }

        var path = reply.IsPrivate
            ? $"{Conversation(reply)}/dm_events?dm_event.fields=id,text,sender_id,created_at&max_results=100"
            : $"2/users/{Uri.EscapeDataString(Account.UserId ?? string.Empty)}/tweets?tweet.fields=created_at,referenced_tweets&max_results=100";
        using var request = Request(HttpMethod.Get, path);
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return Failure(response, json);
        }

        var match = json?["data"]?.AsArray().FirstOrDefault(post => post != null && IsThisReply(post, reply));
        if (match == null)
        {
            return null;
        }

        var createdAt = match["created_at"]?.GetValue<DateTimeOffset>() ?? clock.GetUtcNow();
        return PostOutcome.Accepted(Posted(match["id"]!.GetValue<string>(), reply.IsPrivate, createdAt));
    }

    private bool IsThisReply(JsonNode post, PendingReply reply)
    {
        if (post["text"]?.GetValue<string>() != reply.Text)
        {
            return false;
        }

        return reply.IsPrivate
            ? post["sender_id"]?.GetValue<string>() == Account.UserId
            : post["referenced_tweets"]?.AsArray().Any(reference =>
                reference?["type"]?.GetValue<string>() == "replied_to" && reference["id"]?.GetValue<string>() == reply.InReplyToId) == true;
    }

    /// <summary>The one-to-one DM conversation with the person of the reply's direct thread, or null for no DM thread.</summary>
    private static string? Conversation(PendingReply reply) =>
        DirectThread.Participant(reply.ThreadId) is { } participant ? $"2/dm_conversations/with/{Uri.EscapeDataString(participant)}" : null;

    // A post's address works without the account's handle (x.com/i/web/status/:id); a DM has none.
    private static PostedReply Posted(string id, bool isPrivate, DateTimeOffset sentOn) =>
        new(id, isPrivate ? null : $"https://x.com/i/web/status/{id}", sentOn);

    private PostOutcome Failure(HttpResponseMessage response, JsonNode? json) =>
        NetworkResponse.Failure("X", response, json?["detail"]?.GetValue<string>() ?? json?["title"]?.GetValue<string>(), ResetHeader, clock.GetUtcNow());

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(Account.ApiBaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Account.AccessToken);
        return request;
    }
}
