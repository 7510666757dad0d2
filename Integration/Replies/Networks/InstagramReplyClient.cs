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
/// comment's replies with id, text, from and timestamp; a reply to a reply is added to the top-level comment
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
        if (reply.IsPrivate)
        {
            return DirectThread.Participant(reply.ThreadId) is { } recipient
                ? await FindAsync(MetaReplyClient.ConversationPath(Account, "instagram", recipient), "messages", "message", "created_time", reply.Text, cancellationToken)
                : null;
        }

        var underComment = await FindAsync(
            $"{MetaReplyClient.Escape(reply.InReplyToId)}/replies?fields=id,text,from,timestamp", null, "text", "timestamp", reply.Text, cancellationToken);
        if (underComment != null || string.IsNullOrEmpty(reply.ThreadId))
        {
            return underComment;
        }

        // Meta files a reply to a reply under the top-level comment, so it is looked for among the replies of every
        // comment on the media, the reply's thread: GET /{ig-media-id}/comments with replies expanded
        // (https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-media/comments).
        return await FindAsync(
            $"{MetaReplyClient.Escape(reply.ThreadId)}/comments?fields=id,text,from,timestamp,replies%7Bid,text,from,timestamp%7D",
            "replies", "text", "timestamp", reply.Text, cancellationToken);
    }

    // Instagram names neither comments nor messages by an address of their own: the sent reply carries its id only.
    private async Task<PostOutcome?> FindAsync(string path, string? nestedList, string textField, string timeField, string text, CancellationToken cancellationToken) =>
        await MetaReplyClient.FindAsync(http, Account, path, nestedList, Account.InstagramAccountId!, textField, timeField, text, clock, cancellationToken) switch
        {
            (PostOutcome failure, _) => failure,
            (null, { } found) => PostOutcome.Accepted(new PostedReply(found.Id, null, found.At)),
            _ => null,
        };
}
