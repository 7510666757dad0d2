using System;
using System.Collections.Generic;
using System.Globalization;
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
/// Replies as the brand's Facebook Page through the Graph API, with a Page access token in the Authorization header.
/// Public: POST /{comment-or-post-id}/comments with message, answering {"id"}; a comment's comments are its replies
/// (https://developers.facebook.com/docs/graph-api/reference/object/comments). Private: the Send API, POST
/// /{page-id}/messages {"recipient": {"id": PSID}, "messaging_type": "RESPONSE", "message": {"text"}}, answering
/// {"recipient_id", "message_id"} (https://developers.facebook.com/docs/messenger-platform/reference/send-api).
/// Meta has no idempotency key, so a reply that may have gone out is looked for first: among the comment's comments
/// by the Page, or among the Page's messages in its Messenger conversation with the person (Conversations API,
/// https://developers.facebook.com/documentation/business-messaging/messenger-platform/conversations).
/// </summary>
public sealed class MetaReplyClient(HttpClient http, IOptions<ReplyOptions> options, TimeProvider clock) : INetworkReplyClient
{
    public const string HttpClientName = "meta-replies";

    private MetaAccountOptions Account => options.Value.Meta;

    public SocialPlatform Platform => SocialPlatform.Facebook;

    public bool IsConfigured => !string.IsNullOrEmpty(Account.PageId) && !string.IsNullOrEmpty(Account.PageAccessToken);

    public async Task<PostOutcome> PostAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        HttpRequestMessage request;
        if (reply.IsPrivate)
        {
            if (Recipient(reply) is not { } recipient)
            {
                return PostOutcome.Refused($"Meta: the reply's thread {reply.ThreadId} names no Messenger recipient.");
            }

            request = SendRequest(Account, recipient, reply.Text);
        }
        else
        {
            request = Request(Account, HttpMethod.Post, $"{Escape(reply.InReplyToId)}/comments");
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = reply.Text });
        }

        return await SendAsync(http, request, reply.IsPrivate, id => Posted(id, reply.IsPrivate, clock.GetUtcNow()), clock, cancellationToken);
    }

    /// <summary>Sends <paramref name="request"/> once: the Send API answers message_id, a comment edge id.</summary>
    internal static async Task<PostOutcome> SendAsync(
        HttpClient http, HttpRequestMessage request, bool isMessage, Func<string, PostedReply> posted, TimeProvider clock, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
            var id = response.IsSuccessStatusCode ? json?[isMessage ? "message_id" : "id"]?.GetValue<string>() : null;
            return id != null ? PostOutcome.Accepted(posted(id)) : Failure(response, json, clock.GetUtcNow());
        }
    }

    public async Task<PostOutcome?> FindAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        string path;
        if (reply.IsPrivate)
        {
            if (Recipient(reply) is not { } recipient)
            {
                return null;
            }

            path = ConversationPath(Account, "messenger", recipient);
        }
        else
        {
            path = $"{Escape(reply.InReplyToId)}/comments?fields=id,message,from,created_time&filter=stream&order=reverse_chronological&limit=100";
        }

        return await FindAsync(http, Account, path, reply.IsPrivate ? "messages" : null, Account.PageId!, "message", "created_time", reply.Text, clock, cancellationToken) switch
        {
            (PostOutcome failure, _) => failure,
            (null, { } found) => PostOutcome.Accepted(Posted(found.Id, reply.IsPrivate, found.At)),
            _ => null,
        };
    }

    /// <summary>
    /// The Send API request, for Messenger (recipient a PSID) and Instagram Direct (recipient an IGSID) alike: JSON with
    /// recipient.id, messaging_type RESPONSE and message.text, answered with {"recipient_id", "message_id"}.
    /// </summary>
    internal static HttpRequestMessage SendRequest(MetaAccountOptions account, string recipient, string text)
    {
        var request = Request(account, HttpMethod.Post, $"{Escape(account.PageId!)}/messages");
        request.Content = JsonContent.Create(new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = recipient },
            ["messaging_type"] = "RESPONSE",
            ["message"] = new JsonObject { ["text"] = text },
        });
        return request;
    }

    /// <summary>The Page's conversation on <paramref name="platform"/> (messenger or instagram) with one person, with its messages.</summary>
    internal static string ConversationPath(MetaAccountOptions account, string platform, string recipient) =>
        $"{Escape(account.PageId!)}/conversations?platform={platform}&user_id={Escape(recipient)}&fields=messages%7Bid,message,from,created_time%7D";

    /// <summary>
    /// Looks through a Graph list at <paramref name="path"/>, page by page (comments, or items whose
    /// <paramref name="nestedList"/> is looked in: conversations' messages, comments' replies), for the item
    /// <paramref name="ownId"/> wrote with <paramref name="text"/>: a failure, the item's id and time, or neither.
    /// </summary>
    internal static async Task<(PostOutcome? Failure, (string Id, DateTimeOffset At)? Found)> FindAsync(
        HttpClient http, MetaAccountOptions account, string path, string? nestedList, string ownId, string textField, string timeField, string text,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (failure, match) = await new GraphListSearch(http, account, clock).FindAsync(path, nestedList,
            item => item["from"]?["id"]?.GetValue<string>() == ownId && item[textField]?.GetValue<string>() == text, cancellationToken);
        return failure != null ? (failure, null)
            : match?["id"]?.GetValue<string>() is { } id ? (null, (id, GraphTime(match[timeField]?.GetValue<string>()) ?? clock.GetUtcNow()))
            : (null, null);
    }

    // A Messenger conversation's thread names the person's page-scoped id, the Send API's recipient.
    private static string? Recipient(PendingReply reply) => DirectThread.Participant(reply.ThreadId);

    // A comment opens at facebook.com/{comment-id}, as the mentions it answers do; a Messenger message has no address.
    private static PostedReply Posted(string id, bool isPrivate, DateTimeOffset sentOn) =>
        new(id, isPrivate ? null : "https://www.facebook.com/" + Uri.EscapeDataString(id), sentOn);

    /// <summary>Graph times look like 2026-12-06T13:04:05+0000: an offset without a colon, which .NET reads as well.</summary>
    private static DateTimeOffset? GraphTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>A Graph error as an outcome: credentials stop the account, throttling waits what the usage headers say.</summary>
    internal static PostOutcome Failure(HttpResponseMessage response, JsonNode? json, DateTimeOffset now)
    {
        var error = MetaGraphError.Read(json);
        if (error == null)
        {
            return NetworkResponse.Failure("Meta", response, null, "Retry-After", now);
        }

        var reason = NetworkResponse.Describe("Meta", response, error.Describe());
        if (error.RejectsCredentials)
        {
            return PostOutcome.CredentialsRejected(reason);
        }

        if (error.IsThrottling)
        {
            var usage = MetaUsage.Describe(response);
            return PostOutcome.Later(usage == null ? reason : $"{reason}; {usage}", MetaUsage.RetryAt(response, now));
        }

        return error.IsOutage || (int)response.StatusCode >= 500
            ? PostOutcome.Later(reason, NetworkResponse.RetryAt(response, "Retry-After", now))
            : PostOutcome.Refused(reason);
    }

    internal static HttpRequestMessage Request(MetaAccountOptions account, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(account.ApiBaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.PageAccessToken);
        return request;
    }

    internal static string Escape(string value) => Uri.EscapeDataString(value);
}
