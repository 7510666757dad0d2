using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// Replies on Mastodon: POST /api/v1/statuses with status, in_reply_to_id and visibility (direct for a private reply),
/// returning the Status entity {id, url, created_at} (https://docs.joinmastodon.org/methods/statuses/#create). The
/// reply's id is sent as the Idempotency-Key header, which Mastodon keeps for an hour: posting again under the same key
/// returns the first status instead of a second one, so finding a reply after a crash is posting it again.
/// Errors are {"error": "..."}; rate limits carry X-RateLimit-Reset as an ISO 8601 time
/// (https://docs.joinmastodon.org/api/rate-limits/, https://docs.joinmastodon.org/entities/Error/).
/// </summary>
public sealed class MastodonReplyClient(HttpClient http, IOptions<ReplyOptions> options, TimeProvider clock) : INetworkReplyClient
{
    public const string HttpClientName = "mastodon-replies";
    private const string ResetHeader = "X-RateLimit-Reset";

    private MastodonAccountOptions Account => options.Value.Mastodon;

    public SocialPlatform Platform => SocialPlatform.Mastodon;

    public bool IsConfigured => Account.InstanceUrl != null && !string.IsNullOrEmpty(Account.AccessToken);

    public async Task<PostOutcome> PostAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Account.InstanceUrl!, "api/v1/statuses"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["status"] = reply.Text,
                ["in_reply_to_id"] = reply.InReplyToId,
                ["visibility"] = reply.IsPrivate ? "direct" : "public",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Account.AccessToken);
        request.Headers.Add("Idempotency-Key", reply.Id.ToString());
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
        if (response.IsSuccessStatusCode && json?["id"]?.GetValue<string>() is { } id)
        {
            var createdAt = json["created_at"]?.GetValue<DateTimeOffset>() ?? clock.GetUtcNow();
            return PostOutcome.Accepted(new PostedReply(id, json["url"]?.GetValue<string>() ?? json["uri"]?.GetValue<string>(), createdAt));
        }

        return NetworkResponse.Failure("Mastodon", response, json?["error"]?.GetValue<string>(), ResetHeader, clock.GetUtcNow());
    }

    /// <summary>The same request under the same Idempotency-Key: the status already posted, or the first one now.</summary>
    public async Task<PostOutcome?> FindAsync(PendingReply reply, CancellationToken cancellationToken) => await PostAsync(reply, cancellationToken);
}
