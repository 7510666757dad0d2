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

/// <summary>The Graph API client against a 127.0.0.1 server following Meta's published contract and error bodies.</summary>
[TestClass]
public sealed class MetaReplyClientTests
{
    private const string CustomerComment = "1234567890_445566";
    private const string CustomerPsid = "6543210987654321";

    private static PendingReply Comment(string text = "Sorry! A new one ships today.") =>
        new(Guid.NewGuid(), SocialPlatform.Facebook, text, CustomerComment, "1234567890", IsPrivate: false, SendStatus.Pending);

    private static PendingReply Message(string text = "Could you send us your order number?") =>
        new(Guid.NewGuid(), SocialPlatform.Facebook, text, "m_customer-message", "dm:" + CustomerPsid, IsPrivate: true, SendStatus.Pending);

    private static async Task<FakeMeta> MetaAsync()
    {
        var meta = await FakeMeta.StartAsync();
        meta.Commentable[CustomerComment] = true;
        return meta;
    }

    private static MetaReplyClient Client(FakeMeta meta, string? token = null) =>
        new(new HttpClient(), Options.Create(new ReplyOptions
        {
            Meta = { ApiBaseUrl = meta.ApiBaseUrl, PageId = FakeMeta.PageId, PageAccessToken = token ?? meta.AcceptedToken },
        }), TimeProvider.System);

    [TestMethod]
    public async Task A_public_reply_is_a_comment_under_the_customers_comment_with_its_id_and_address()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta).PostAsync(Comment(), CancellationToken.None);

        var comment = meta.Comments.Single();
        Assert.AreEqual(PostOutcomeKind.Accepted, outcome.Kind, outcome.Reason);
        Assert.AreEqual((CustomerComment, "Sorry! A new one ships today."), (comment.ParentId, comment.Text));
        Assert.AreEqual(comment.Id, outcome.Posted!.PostId);
        Assert.AreEqual($"https://www.facebook.com/{comment.Id}", outcome.Posted.Url);
    }

    [TestMethod]
    public async Task A_private_reply_is_a_Send_API_response_to_the_person_of_the_Messenger_thread()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta).PostAsync(Message(), CancellationToken.None);

        var message = meta.Messages.Single();
        Assert.AreEqual((CustomerPsid, "RESPONSE", "Could you send us your order number?"), (message.RecipientId, message.MessagingType, message.Text));
        Assert.AreEqual((message.Id, (string?)null), (outcome.Posted!.PostId, outcome.Posted.Url));
    }

    [TestMethod]
    public async Task A_Page_rate_limit_waits_the_time_the_business_use_case_header_names()
    {
        await using var meta = await MetaAsync();
        meta.RateLimitNext = 1;
        meta.RegainAccessInMinutes = 7;

        var outcome = await Client(meta).PostAsync(Comment(), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.Later, outcome.Kind);
        Assert.AreEqual(
            "Meta 400 BadRequest: (#32) Page request limit reached [code 32, fbtrace_id AbCdEfGh123]; pages call_count 100%, regain access in 7 min",
            outcome.Reason);
        Assert.IsTrue(outcome.RetryAt > DateTimeOffset.UtcNow.AddMinutes(6.5) && outcome.RetryAt < DateTimeOffset.UtcNow.AddMinutes(7.5), $"{outcome.RetryAt}");
        Assert.IsEmpty(meta.Comments);
    }

    [TestMethod]
    public async Task An_app_rate_limit_without_a_named_time_waits_a_share_of_the_rolling_hour()
    {
        await using var meta = await MetaAsync();
        meta.RateLimitNext = 1;
        meta.ThrottleAsApp = true;

        var outcome = await Client(meta).PostAsync(Message(), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.Later, outcome.Kind);
        StringAssert.EndsWith(outcome.Reason, "[code 4, fbtrace_id AbCdEfGh123]; app usage 100%");
        Assert.IsTrue(outcome.RetryAt > DateTimeOffset.UtcNow.AddMinutes(9.5) && outcome.RetryAt < DateTimeOffset.UtcNow.AddMinutes(10.5), $"{outcome.RetryAt}");
    }

    [TestMethod]
    public async Task Code_190_stops_the_account_though_Meta_answers_it_with_400()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta, token: "expired").PostAsync(Comment(), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.CredentialsRejected, outcome.Kind);
        Assert.AreEqual("Meta 400 BadRequest: Invalid OAuth access token - Cannot parse access token [code 190, fbtrace_id AbCdEfGh123]", outcome.Reason);
    }

    [TestMethod]
    public async Task A_comment_Meta_will_not_take_is_refused_with_its_words_code_and_trace_id()
    {
        await using var meta = await MetaAsync();

        var outcome = await Client(meta).PostAsync(Comment() with { InReplyToId = "1234567890_999" }, CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.Refused, outcome.Kind);
        StringAssert.StartsWith(outcome.Reason, "Meta 400 BadRequest: Unsupported post request. Object with ID '1234567890_999' does not exist");
        StringAssert.EndsWith(outcome.Reason, "[code 100/33, fbtrace_id AbCdEfGh123]");
    }

    [TestMethod]
    public async Task A_comment_an_earlier_run_posted_is_found_among_the_Pages_replies_and_one_never_posted_is_not()
    {
        await using var meta = await MetaAsync();
        var client = Client(meta);
        var posted = Comment();
        await client.PostAsync(Comment("An older answer."), CancellationToken.None);
        var first = await client.PostAsync(posted, CancellationToken.None);

        var found = await client.FindAsync(posted, CancellationToken.None);
        var neverPosted = await client.FindAsync(Comment("Something else"), CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found!.Posted!.PostId);
        Assert.AreEqual(meta.Comments.Last().CreatedAt.ToUnixTimeSeconds(), found.Posted.SentOn.ToUnixTimeSeconds(), "Graph's created_time, +0000 offset");
        Assert.IsNull(neverPosted);
        Assert.HasCount(2, meta.Comments);
    }

    [TestMethod]
    public async Task A_Messenger_message_an_earlier_run_sent_is_found_in_the_conversation_with_the_person()
    {
        await using var meta = await MetaAsync();
        var client = Client(meta);
        var sent = Message();
        var first = await client.PostAsync(sent, CancellationToken.None);

        var found = await client.FindAsync(sent, CancellationToken.None);
        var neverSent = await client.FindAsync(Message("Another question"), CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found!.Posted!.PostId);
        Assert.IsNull(neverSent);
        Assert.HasCount(1, meta.Messages);
    }

    [TestMethod]
    public async Task A_comment_an_earlier_run_posted_is_found_on_the_second_page_of_the_comments()
    {
        await using var meta = await MetaAsync();
        meta.PageSize = 2;
        var client = Client(meta);
        var posted = Comment();
        var first = await client.PostAsync(posted, CancellationToken.None);
        await client.PostAsync(Comment("A later answer."), CancellationToken.None);
        await client.PostAsync(Comment("And another one."), CancellationToken.None);

        var found = await client.FindAsync(posted, CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found?.Posted?.PostId, "newest first, two a page: the reply is on the second page");
        Assert.AreEqual(2, meta.PagesServed);
    }

    [TestMethod]
    public async Task A_Messenger_message_an_earlier_run_sent_is_found_on_a_later_page_of_the_conversations_messages()
    {
        await using var meta = await MetaAsync();
        meta.PageSize = 2;
        var client = Client(meta);
        var sent = Message();
        var first = await client.PostAsync(sent, CancellationToken.None);
        await client.PostAsync(Message("Thanks, we found it."), CancellationToken.None);
        await client.PostAsync(Message("It ships today."), CancellationToken.None);

        var found = await client.FindAsync(sent, CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found?.Posted?.PostId, "the conversation's messages page inside it, then through GET /{conversation-id}/messages");
        Assert.AreEqual(2, meta.PagesServed);
    }

    [TestMethod]
    public async Task A_search_reads_at_most_ten_pages_of_a_long_list_and_finds_nothing_beyond_them()
    {
        await using var meta = await MetaAsync();
        meta.PageSize = 1;
        var client = Client(meta);
        var posted = Comment();
        await client.PostAsync(posted, CancellationToken.None);
        for (var later = 0; later < 10; later++)
        {
            await client.PostAsync(Comment($"A later answer {later}."), CancellationToken.None);
        }

        var found = await client.FindAsync(posted, CancellationToken.None);

        Assert.IsNull(found, "the reply is on the eleventh page");
        Assert.AreEqual(10, meta.PagesServed);
    }
}
