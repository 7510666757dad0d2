using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// Replies as the brand's Instagram professional account through the Page linked to it (Instagram API with Facebook
/// Login), with the Page access token and Meta's errors and usage headers as <see cref="MetaReplyClient"/> reads them.
/// Public: POST /{ig-comment-id}/replies with message, answering {"id"}; GET /{ig-comment-id}/replies lists the
/// comment's replies with id, text, from and timestamp
/// (https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-comment/replies).
/// Private: the Send API with the person's Instagram-scoped id as recipient, as for Messenger
/// (https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/send-message), looked
/// for after a crash in the Page's Instagram conversation with the person (Conversations API, platform=instagram,
/// https://developers.facebook.com/documentation/business-messaging/messenger-platform/conversations).
/// </summary>
public sealed class InstagramReplyClient(HttpClient http, IOptions<ReplyOptions> options, TimeProvider clock) : INetworkReplyClient
{
    public const string HttpClientName = "instagram-replies";

    private MetaAccountOptions Account => options.Value.Meta;

    public SocialPlatform Platform => SocialPlatform.Instagram;

    public bool IsConfigured =>
        !string.IsNullOrEmpty(Account.PageId) && !string.IsNullOrEmpty(Account.InstagramAccountId) && !string.IsNullOrEmpty(Account.PageAccessToken);

    public async Task<PostOutcome> PostAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        HttpRequestMessage request;
        if (reply.IsPrivate)
        {
            if (DirectThread.Participant(reply.ThreadId) is not { } recipient)
            {
                return PostOutcome.Refused($"Instagram: the reply's thread {reply.ThreadId} names no Instagram-scoped recipient.");
            }

            request = MetaReplyClient.SendRequest(Account, recipient, reply.Text);
        }
        else
        {
            request = MetaReplyClient.Request(Account, HttpMethod.Post, $"{MetaReplyClient.Escape(reply.InReplyToId)}/replies");
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = reply.Text });
        }

        return await MetaReplyClient.SendAsync(http, request, reply.IsPrivate, id => new PostedReply(id, null, clock.GetUtcNow()), clock, cancellationToken);
    }

    public async Task<PostOutcome?> FindAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        var (path, textField, timeField) = reply.IsPrivate
            ? (DirectThread.Participant(reply.ThreadId) is { } recipient ? MetaReplyClient.ConversationPath(Account, "instagram", recipient) : null, "message", "created_time")
            : ($"{MetaReplyClient.Escape(reply.InReplyToId)}/replies?fields=id,text,from,timestamp", "text", "timestamp");
        if (path == null)
        {
            return null;
        }

        // Instagram names neither comments nor messages by an address of their own: the sent reply carries its id only.
        return await MetaReplyClient.FindAsync(http, Account, path, reply.IsPrivate, Account.InstagramAccountId!, textField, timeField, reply.Text, clock, cancellationToken) switch
        {
            (PostOutcome failure, _) => failure,
            (null, { } found) => PostOutcome.Accepted(new PostedReply(found.Id, null, found.At)),
            _ => null,
        };
    }
}
