using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// The Graph API's parts a Page replies through, as documented:
/// POST /{object-id}/comments with message answers {"id"}; GET /{object-id}/comments answers {"data": [{"id", "message",
/// "from": {"name", "id"}, "created_time"}]}, newest first with order=reverse_chronological
/// (https://developers.facebook.com/docs/graph-api/reference/object/comments); POST /{page-id}/messages with recipient,
/// messaging_type and message answers {"recipient_id", "message_id"}
/// (https://developers.facebook.com/docs/messenger-platform/reference/send-api); GET /{page-id}/conversations with
/// platform and user_id answers the conversation with its messages
/// (https://developers.facebook.com/documentation/business-messaging/messenger-platform/conversations). Errors are
/// {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}} with HTTP 400
/// (https://developers.facebook.com/docs/graph-api/guides/error-handling): 190 for a bad token, 100/33 for an object that
/// cannot be commented on, and a Page's rate limit is code 32 with X-Business-Use-Case-Usage
/// (https://developers.facebook.com/docs/graph-api/overview/rate-limiting/). Times are Graph's 2026-12-06T13:04:05+0000.
/// Instagram, through the same Page: POST /{ig-comment-id}/replies with message answers {"id"}; GET
/// /{ig-comment-id}/replies answers {"data": [{"id", "text", "from": {"id", "username"}, "timestamp"}]}
/// (https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-comment/replies);
/// a reply to a reply is added to the top-level comment, and GET /{ig-media-id}/comments answers the media's comments,
/// with their replies when fields expands replies{...}
/// (https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-media/comments);
/// direct messages go through the same Send API to an Instagram-scoped id, and conversations with platform=instagram
/// show them from the Instagram account. Lists page as Graph's cursor pagination does: {"data", "paging": {"cursors":
/// {"before", "after"}, "next"}}, at most limit items a page (25 unless asked, never more than <see cref="PageSize"/>),
/// "next" only while more follow (https://developers.facebook.com/docs/graph-api/results); a conversation's messages
/// page inside it, their next page being GET /{conversation-id}/messages.
/// </summary>
public sealed class FakeMeta : FakeNetwork
{
    public const string PageId = "1061234567890123";
    public const string Version = "v21.0";
    public const string InstagramAccountId = "17841400008460056";

    private long nextId = 900000000000000;
    private int pagesServed;

    /// <summary>Comments the Page posted, in the order Meta accepted them.</summary>
    public ConcurrentQueue<Comment> Comments { get; } = new();

    /// <summary>Messages the Page sent on Messenger, in the order Meta accepted them.</summary>
    public ConcurrentQueue<Message> Messages { get; } = new();

    /// <summary>
    /// People known by an Instagram-scoped id: a message sent to one gets an Instagram message id, as Meta's Instagram
    /// messaging answers {"recipient_id": IGSID, "message_id"} to the Page's Send API
    /// (https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message).
    /// </summary>
    public ConcurrentDictionary<string, bool> InstagramScopedIds { get; } = new();

    /// <summary>Replies the Instagram account posted under customers' comments, in the order Meta accepted them.</summary>
    public ConcurrentQueue<Comment> InstagramReplies { get; } = new();

    /// <summary>Customers' top-level comments on the Instagram account's media: comment id to media id.</summary>
    public ConcurrentDictionary<string, string> InstagramCommentMedia { get; } = new();

    /// <summary>Customers' replies to those comments: reply id to the top-level comment it is filed under.</summary>
    public ConcurrentDictionary<string, string> InstagramReplyComment { get; } = new();

    /// <summary>Objects that exist and take comments: the customer's posts and comments.</summary>
    public ConcurrentDictionary<string, bool> Commentable { get; } = new();

    /// <summary>Minutes the rate limit's X-Business-Use-Case-Usage names as estimated_time_to_regain_access.</summary>
    public int RegainAccessInMinutes { get; set; } = 7;

    /// <summary>Throttle as an app under Platform limits (code 4 with X-App-Usage) instead of as a Page.</summary>
    public bool ThrottleAsApp { get; set; }

    /// <summary>The most items a list answers on one page, whatever limit asks (Graph caps limit on some edges).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Pages of lists served so far (comments, replies, a conversation's messages).</summary>
    public int PagesServed => pagesServed;

    /// <summary>The Graph API's base address for a client: this server and the version.</summary>
    public Uri ApiBaseUrl => new(Url, Version + "/");

    public static async Task<FakeMeta> StartAsync()
    {
        var meta = new FakeMeta();
        await meta.StartAsync(app =>
        {
            app.MapPost($"/{Version}/{{objectId}}/comments", (Delegate)(Func<string, HttpContext, Task<IResult>>)meta.CommentAsync);
            app.MapGet($"/{Version}/{{id}}/comments", (string id, HttpContext context) => meta.CommentsOf(id, context));
            app.MapPost($"/{Version}/{{pageId}}/messages", (Delegate)(Func<string, HttpContext, Task<IResult>>)meta.SendAsync);
            app.MapPost($"/{Version}/{{commentId}}/replies", (Delegate)(Func<string, HttpContext, Task<IResult>>)meta.ReplyAsync);
            app.MapGet($"/{Version}/{{commentId}}/replies", (string commentId, HttpContext context) => meta.RepliesOf(commentId, context));
            app.MapGet($"/{Version}/{{id}}/conversations", (string id, HttpContext context) => meta.Conversations(id, context));
            app.MapGet($"/{Version}/{{conversationId}}/messages", (string conversationId, HttpContext context) => meta.MessagesOf(conversationId, context));
        });
        return meta;
    }

    private async Task<IResult> CommentAsync(string objectId, HttpContext context)
    {
        var refusal = CommentGate(objectId, context);
        if (refusal != null)
        {
            return refusal;
        }

        var form = await context.Request.ReadFormAsync();
        var comment = new Comment($"{objectId.Split('_')[0]}_{Interlocked.Increment(ref nextId)}", objectId, form["message"].ToString(), DateTimeOffset.UtcNow);
        Comments.Enqueue(comment);
        await AfterAcceptingAsync();
        return Results.Json(new { id = comment.Id });
    }

    private async Task<IResult> ReplyAsync(string commentId, HttpContext context)
    {
        var refusal = CommentGate(commentId, context);
        if (refusal != null)
        {
            return refusal;
        }

        var form = await context.Request.ReadFormAsync();
        var topLevel = InstagramReplyComment.TryGetValue(commentId, out var parent) ? parent : commentId;
        var reply = new Comment(Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture), topLevel, form["message"].ToString(), DateTimeOffset.UtcNow);
        InstagramReplies.Enqueue(reply);
        await AfterAcceptingAsync();
        return Results.Json(new { id = reply.Id });
    }

    private IResult RepliesOf(string commentId, HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        return Results.Json(Paged(RepliesUnder(commentId), context, $"{commentId}/replies"));
    }

    // The customers' replies and the account's own under a top-level comment, oldest first.
    private JsonArray RepliesUnder(string commentId)
    {
        var customers = InstagramReplyComment.Where(pair => pair.Value == commentId).Select(pair => (JsonNode)new JsonObject
        {
            ["id"] = pair.Key,
            ["text"] = "Does it come in blue?",
            ["from"] = new JsonObject { ["id"] = "1254459154682919", ["username"] = "customer" },
            ["timestamp"] = "2026-12-06T09:00:00+0000",
        });
        var own = InstagramReplies.Where(reply => reply.ParentId == commentId).Select(reply => (JsonNode)new JsonObject
        {
            ["id"] = reply.Id,
            ["text"] = reply.Text,
            ["from"] = new JsonObject { ["id"] = InstagramAccountId, ["username"] = "contoso" },
            ["timestamp"] = GraphTime(reply.CreatedAt),
        });
        return new JsonArray(customers.Concat(own).ToArray());
    }

    private JsonArray MediaComments(string mediaId, HttpContext context)
    {
        var withReplies = context.Request.Query["fields"].ToString().Contains("replies{", StringComparison.Ordinal);
        return new JsonArray(InstagramCommentMedia.Where(pair => pair.Value == mediaId).Select(pair =>
        {
            var comment = new JsonObject { ["id"] = pair.Key, ["text"] = "I love this!", ["timestamp"] = "2026-12-06T08:00:00+0000" };
            if (withReplies)
            {
                comment["replies"] = new JsonObject { ["data"] = RepliesUnder(pair.Key) };
            }

            return (JsonNode)comment;
        }).ToArray());
    }

    private IResult CommentsOf(string objectId, HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        if (InstagramCommentMedia.Values.Contains(objectId))
        {
            return Results.Json(new JsonObject { ["data"] = MediaComments(objectId, context) });
        }

        var comments = Comments.Where(comment => comment.ParentId == objectId);
        if (context.Request.Query["order"] == "reverse_chronological")
        {
            comments = comments.Reverse();
        }

        var data = comments.Select(comment => (JsonNode)new JsonObject
        {
            ["id"] = comment.Id,
            ["message"] = comment.Text,
            ["from"] = new JsonObject { ["name"] = "Contoso", ["id"] = PageId },
            ["created_time"] = GraphTime(comment.CreatedAt),
        });
        return Results.Json(Paged(new JsonArray(data.ToArray()), context, $"{objectId}/comments"));
    }

    private async Task<IResult> SendAsync(string pageId, HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var recipient = body["recipient"]?["id"]?.GetValue<string>();
        if (pageId != PageId || recipient == null || body["messaging_type"]?.GetValue<string>() is not ("RESPONSE" or "UPDATE" or "MESSAGE_TAG"))
        {
            return Error("(#100) The parameter recipient is required", "OAuthException", 100, null);
        }

        var sequence = Interlocked.Increment(ref nextId);
        var message = new Message(InstagramScopedIds.ContainsKey(recipient) ? InstagramMessageId(sequence) : $"m_{sequence}", recipient, body["messaging_type"]!.GetValue<string>(), body["message"]?["text"]?.GetValue<string>() ?? string.Empty, DateTimeOffset.UtcNow);
        Messages.Enqueue(message);
        await AfterAcceptingAsync();
        return Results.Json(new { recipient_id = recipient, message_id = message.Id });
    }

    // An Instagram mid is base64 of "ig_item:1:IGMessage:{account}:{thread}:{message}", about 150 characters, the form of
    // the mids in Instagram's messaging webhooks (Samples/instagram-direct-messages.json).
    private static string InstagramMessageId(long sequence) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"ig_item:1:IGMessage:{InstagramAccountId}:340282366841710301244276017292644341030:{sequence:D38}"))).TrimEnd('=');

    private IResult Conversations(string pageId, HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var person = context.Request.Query["user_id"].ToString();
        var instagram = context.Request.Query["platform"] == "instagram";
        var sent = SentTo(person, instagram);
        var conversation = Conversation(person, instagram);
        var conversations = pageId == PageId && sent.Count > 0 && context.Request.Query["fields"].ToString().StartsWith("messages", StringComparison.Ordinal)
            ? new JsonArray(new JsonObject { ["id"] = conversation, ["messages"] = Paged(sent, context, $"{conversation}/messages", "id,message,from,created_time") })
            : new JsonArray();
        return Results.Json(new JsonObject { ["data"] = conversations });
    }

    // A conversation's messages, the next pages of its nested list: t_{person} on Messenger, ig_{person} on Instagram.
    private IResult MessagesOf(string conversationId, HttpContext context)
    {
        var refusal = Gate(context);
        if (refusal != null)
        {
            return refusal;
        }

        var instagram = conversationId.StartsWith("ig_", StringComparison.Ordinal);
        return Results.Json(Paged(SentTo(conversationId[(conversationId.IndexOf('_') + 1)..], instagram), context, $"{conversationId}/messages"));
    }

    private static string Conversation(string person, bool instagram) => (instagram ? "ig_" : "t_") + person;

    // The Page's messages to the person, newest first.
    private JsonArray SentTo(string person, bool instagram)
    {
        var from = instagram
            ? new JsonObject { ["username"] = "contoso", ["id"] = InstagramAccountId }
            : new JsonObject { ["name"] = "Contoso", ["email"] = PageId + "@facebook.com", ["id"] = PageId };
        return new JsonArray(Messages.Where(message => message.RecipientId == person).Reverse().Select(message => (JsonNode)new JsonObject
        {
            ["id"] = message.Id,
            ["message"] = message.Text,
            ["from"] = from.DeepClone(),
            ["created_time"] = GraphTime(message.CreatedAt),
        }).ToArray());
    }

    /// <summary>One page of <paramref name="items"/> from the request's after cursor, with Graph's paging object.</summary>
    private JsonObject Paged(JsonArray items, HttpContext context, string edge, string? fields = null)
    {
        Interlocked.Increment(ref pagesServed);
        var query = context.Request.Query;
        fields ??= query["fields"].ToString();
        var limit = Math.Min(int.TryParse(query["limit"].ToString(), out var asked) && asked > 0 ? asked : 25, PageSize);
        var start = query["after"].ToString() is { Length: > 0 } after ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(after)), CultureInfo.InvariantCulture) : 0;
        var page = items.Skip(start).Take(limit).Select(item => item!.DeepClone()).ToArray();
        var list = new JsonObject { ["data"] = new JsonArray(page) };
        if (page.Length == 0)
        {
            return list;
        }

        string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(position.ToString(CultureInfo.InvariantCulture)));
        var paging = new JsonObject { ["cursors"] = new JsonObject { ["before"] = Cursor(start), ["after"] = Cursor(start + page.Length) } };
        if (start + page.Length < items.Count)
        {
            // The next page keeps the request's fields, order and filter, as Graph's next links do.
            var carried = string.Concat(query.Where(p => p.Key is "order" or "filter").Select(p => $"&{p.Key}={Uri.EscapeDataString(p.Value.ToString())}"));
            paging["next"] = new Uri(Url, $"{Version}/{edge}?fields={Uri.EscapeDataString(fields)}{carried}&limit={limit.ToString(CultureInfo.InvariantCulture)}"
                + $"&after={Uri.EscapeDataString(Cursor(start + page.Length))}").AbsoluteUri;
        }

        list["paging"] = paging;
        return list;
    }

    private async Task AfterAcceptingAsync()
    {
        if (AfterAccepting != null)
        {
            await AfterAccepting();
        }
    }

    // Graph's answer to a comment on an object that does not take one (code 100, subcode 33), after the token and limits.
    private IResult? CommentGate(string objectId, HttpContext context) =>
        Gate(context) ?? (Commentable.ContainsKey(objectId)
            ? null
            : Error(
                $"Unsupported post request. Object with ID '{objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
                "GraphMethodException", 100, 33));

    private IResult? Gate(HttpContext context)
    {
        if (!IsAuthorized(context.Request))
        {
            return Error("Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }

        if (!TakeRateLimit())
        {
            return null;
        }

        if (ThrottleAsApp)
        {
            context.Response.Headers["X-App-Usage"] = "{\"call_count\":100,\"total_time\":41,\"total_cputime\":37}";
            return Error("(#4) Application request limit reached", "OAuthException", 4, null);
        }

        context.Response.Headers["X-Business-Use-Case-Usage"] =
            $"{{\"{PageId}\":[{{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":12,\"total_time\":14,\"estimated_time_to_regain_access\":{RegainAccessInMinutes}}}]}}";
        return Error("(#32) Page request limit reached", "OAuthException", 32, null);
    }

    private static IResult Error(string message, string type, int code, int? subcode) =>
        Results.Json(new { error = new { message, type, code, error_subcode = subcode, fbtrace_id = "AbCdEfGh123" } }, statusCode: StatusCodes.Status400BadRequest);

    private static string GraphTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    public sealed record Comment(string Id, string ParentId, string Text, DateTimeOffset CreatedAt);

    public sealed record Message(string Id, string RecipientId, string MessagingType, string Text, DateTimeOffset CreatedAt);
}
