using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Replies;
using SocialCrm.Integration.Replies.Networks;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Replies;

/// <summary>Instagram replies through the Page's Graph API, against a 127.0.0.1 server following Meta's published contract.</summary>
[TestClass]
public sealed class InstagramReplyClientTests
{
    // Ids in the shape of the IG Comment Replies reference's samples.
    private const string CustomerComment = "17870913679156914";
    private const string CustomerIgsid = "1254459154682919";

    private static PendingReply Comment(string text = "Thanks! A new one ships today.") =>
        new(Guid.NewGuid(), SocialPlatform.Instagram, text, CustomerComment, "17895695668004550", IsPrivate: false, SendStatus.Pending);

    private static PendingReply Message(string text = "Could you send us your order number?") =>
        new(Guid.NewGuid(), SocialPlatform.Instagram, text, "aWdfZAG1faXRlbToxOklHTWVzc2FnZA", "dm:" + CustomerIgsid, IsPrivate: true, SendStatus.Pending);

    private static async Task<FakeMeta> MetaAsync()
    {
        var meta = await FakeMeta.StartAsync();
        meta.Commentable[CustomerComment] = true;
        return meta;
    }

    private static InstagramReplyClient Client(FakeMeta meta, string? token = null) =>
        new(new HttpClient(), Options.Create(new ReplyOptions
        {
            Meta =
            {
                ApiBaseUrl = meta.ApiBaseUrl, PageId = FakeMeta.PageId, InstagramAccountId = FakeMeta.InstagramAccountId,
                PageAccessToken = token ?? meta.AcceptedToken,
            },
        }), TimeProvider.System);

    [TestMethod]
    public async Task A_public_reply_goes_out_once_as_a_reply_to_the_customers_comment()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta).PostAsync(Comment(), CancellationToken.None);

        var reply = meta.InstagramReplies.Single();
        Assert.AreEqual(PostOutcomeKind.Accepted, outcome.Kind, outcome.Reason);
        Assert.AreEqual((CustomerComment, "Thanks! A new one ships today."), (reply.ParentId, reply.Text));
        Assert.AreEqual((reply.Id, (string?)null), (outcome.Posted!.PostId, outcome.Posted.Url));
        Assert.IsEmpty(meta.Comments, "nothing went to Facebook's comments edge");
    }

    [TestMethod]
    public async Task A_private_reply_is_a_Send_API_response_to_the_customers_Instagram_scoped_id()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta).PostAsync(Message(), CancellationToken.None);

        var message = meta.Messages.Single();
        Assert.AreEqual((CustomerIgsid, "RESPONSE", "Could you send us your order number?"), (message.RecipientId, message.MessagingType, message.Text));
        Assert.AreEqual((message.Id, (string?)null), (outcome.Posted!.PostId, outcome.Posted.Url));
    }

    [TestMethod]
    public async Task A_comment_reply_Meta_accepted_before_a_crash_is_found_among_the_comments_replies_and_one_never_posted_is_not()
    {
        await using var meta = await MetaAsync();
        var client = Client(meta);
        var posted = Comment();
        await client.PostAsync(Comment("An older answer."), CancellationToken.None);
        var first = await client.PostAsync(posted, CancellationToken.None);

        var found = await client.FindAsync(posted with { Status = SendStatus.Sending }, CancellationToken.None);
        var neverPosted = await client.FindAsync(Comment("Something else") with { Status = SendStatus.Sending }, CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found!.Posted!.PostId);
        Assert.AreEqual(meta.InstagramReplies.Last().CreatedAt.ToUnixTimeSeconds(), found.Posted.SentOn.ToUnixTimeSeconds(), "the reply's timestamp, +0000 offset");
        Assert.IsNull(neverPosted);
        Assert.HasCount(2, meta.InstagramReplies);
    }

    [TestMethod]
    public async Task A_direct_message_Meta_accepted_before_a_crash_is_found_in_the_Instagram_conversation_with_the_person()
    {
        await using var meta = await MetaAsync();
        var client = Client(meta);
        var sent = Message();
        var first = await client.PostAsync(sent, CancellationToken.None);

        var found = await client.FindAsync(sent with { Status = SendStatus.Sending }, CancellationToken.None);
        var neverSent = await client.FindAsync(Message("Another question") with { Status = SendStatus.Sending }, CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found!.Posted!.PostId);
        Assert.IsNull(neverSent);
        Assert.HasCount(1, meta.Messages);
    }

    [TestMethod]
    public async Task A_reply_to_a_comment_Meta_will_not_take_is_refused_with_its_words_code_and_trace_id()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta).PostAsync(Comment() with { InReplyToId = "17870913679156999" }, CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.Refused, outcome.Kind);
        StringAssert.StartsWith(outcome.Reason, "Meta 400 BadRequest: Unsupported post request. Object with ID '17870913679156999' does not exist");
        StringAssert.EndsWith(outcome.Reason, "[code 100/33, fbtrace_id AbCdEfGh123]");
        Assert.IsEmpty(meta.InstagramReplies);
    }

    [TestMethod]
    public async Task A_rejected_token_stops_the_account_and_a_rate_limit_waits_what_the_usage_header_names()
    {
        await using var meta = await MetaAsync();

        var rejected = await Client(meta, token: "expired").PostAsync(Comment(), CancellationToken.None);
        meta.RateLimitNext = 1;
        var throttled = await Client(meta).PostAsync(Message(), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.CredentialsRejected, rejected.Kind);
        Assert.AreEqual("Meta 400 BadRequest: Invalid OAuth access token - Cannot parse access token [code 190, fbtrace_id AbCdEfGh123]", rejected.Reason);
        Assert.AreEqual(PostOutcomeKind.Later, throttled.Kind);
        StringAssert.EndsWith(throttled.Reason, "regain access in 7 min");
        Assert.IsEmpty(meta.Messages);
    }
}
