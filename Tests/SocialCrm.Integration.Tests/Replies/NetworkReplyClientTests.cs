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

/// <summary>Each network's reply client against a 127.0.0.1 server that follows the network's published contract.</summary>
[TestClass]
public sealed class NetworkReplyClientTests
{
    private static PendingReply Reply(SocialPlatform platform, string text = "Sorry! A new one ships today.") =>
        new(Guid.NewGuid(), platform, text, "1866000000000000001", "1866000000000000001", IsPrivate: false, SendStatus.Pending);

    private static XReplyClient X(FakeX x, string? token = null) =>
        new(new HttpClient(), Options.Create(new ReplyOptions { X = { ApiBaseUrl = x.Url, AccessToken = token ?? x.AcceptedToken, UserId = FakeX.BrandUserId } }), TimeProvider.System);

    private static MastodonReplyClient Mastodon(FakeMastodon mastodon, string? token = null) =>
        new(new HttpClient(), Options.Create(new ReplyOptions { Mastodon = { InstanceUrl = mastodon.Url, AccessToken = token ?? mastodon.AcceptedToken } }), TimeProvider.System);

    [TestMethod]
    public async Task X_posts_the_reply_under_the_customers_post_and_returns_its_id_and_address()
    {
        await using var x = await FakeX.StartAsync();

        var outcome = await X(x).PostAsync(Reply(SocialPlatform.X), CancellationToken.None);

        var post = x.Posts.Single();
        Assert.AreEqual(PostOutcomeKind.Accepted, outcome.Kind);
        Assert.AreEqual(post["id"]!.GetValue<string>(), outcome.Posted!.PostId);
        Assert.AreEqual($"https://x.com/i/web/status/{outcome.Posted.PostId}", outcome.Posted.Url);
        Assert.AreEqual("1866000000000000001", post["referenced_tweets"]![0]!["id"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task X_private_reply_goes_to_the_person_of_the_DM_thread_and_is_found_there_after_a_crash()
    {
        await using var x = await FakeX.StartAsync();
        var reply = new PendingReply(Guid.NewGuid(), SocialPlatform.X, "We've refunded you.", "1866000000000000009", "dm:783214", IsPrivate: true, SendStatus.Pending);

        var outcome = await X(x).PostAsync(reply, CancellationToken.None);
        var found = await X(x).FindAsync(reply with { Status = SendStatus.Sending }, CancellationToken.None);
        var notADirectThread = await X(x).PostAsync(reply with { ThreadId = "1866000000000000009" }, CancellationToken.None);

        var message = x.DirectMessages.Single();
        Assert.AreEqual(PostOutcomeKind.Accepted, outcome.Kind);
        Assert.AreEqual("783214", message["participant"]!.GetValue<string>());
        Assert.AreEqual(message["id"]!.GetValue<string>(), outcome.Posted!.PostId);
        Assert.IsNull(outcome.Posted.Url, "a direct message has no public address");
        Assert.AreEqual(outcome.Posted.PostId, found!.Posted!.PostId);
        Assert.AreEqual(PostOutcomeKind.Refused, notADirectThread.Kind);
        Assert.AreEqual(1, x.DirectMessages.Count, "nothing is sent for a private reply without a DM thread");
    }

    [TestMethod]
    public async Task X_rate_limit_waits_until_the_reset_the_network_named()
    {
        await using var x = await FakeX.StartAsync();
        x.RateLimitNext = 1;
        x.ResetInSeconds = 600;

        var outcome = await X(x).PostAsync(Reply(SocialPlatform.X), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.Later, outcome.Kind);
        Assert.AreEqual("X 429 TooManyRequests: Too Many Requests", outcome.Reason);
        Assert.IsTrue(outcome.RetryAt > DateTimeOffset.UtcNow.AddSeconds(590) && outcome.RetryAt < DateTimeOffset.UtcNow.AddSeconds(610), $"{outcome.RetryAt}");
        Assert.IsEmpty(x.Posts);
    }

    [TestMethod]
    public async Task X_rejecting_the_token_is_a_credentials_problem_not_a_refused_reply()
    {
        await using var x = await FakeX.StartAsync();

        var outcome = await X(x, token: "revoked").PostAsync(Reply(SocialPlatform.X), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.CredentialsRejected, outcome.Kind);
        Assert.AreEqual("X 401 Unauthorized: Unauthorized", outcome.Reason);
    }

    [TestMethod]
    public async Task X_finds_on_the_brands_timeline_a_reply_an_earlier_run_posted_and_nothing_for_one_never_posted()
    {
        await using var x = await FakeX.StartAsync();
        var client = X(x);
        var posted = Reply(SocialPlatform.X);
        var first = await client.PostAsync(posted, CancellationToken.None);

        var found = await client.FindAsync(posted, CancellationToken.None);
        var notPosted = await client.FindAsync(Reply(SocialPlatform.X, "Something else"), CancellationToken.None);

        Assert.AreEqual(first.Posted!.PostId, found!.Posted!.PostId);
        Assert.IsNull(notPosted);
        Assert.HasCount(1, x.Posts);
    }

    [TestMethod]
    public async Task Mastodon_posting_again_under_the_same_idempotency_key_returns_the_first_status_not_a_second()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        var client = Mastodon(mastodon);
        var reply = Reply(SocialPlatform.Mastodon);

        var first = await client.PostAsync(reply, CancellationToken.None);
        var again = await client.FindAsync(reply, CancellationToken.None);

        var status = mastodon.Statuses.Values.Single();
        Assert.AreEqual(status.Id, first.Posted!.PostId);
        Assert.AreEqual(status.Id, again!.Posted!.PostId);
        Assert.AreEqual($"https://mastodon.example/@brand/{status.Id}", first.Posted.Url);
        Assert.AreEqual(("1866000000000000001", "public"), (status.InReplyToId, status.Visibility));
    }

    [TestMethod]
    public async Task Mastodon_private_reply_is_a_direct_status()
    {
        await using var mastodon = await FakeMastodon.StartAsync();

        await Mastodon(mastodon).PostAsync(Reply(SocialPlatform.Mastodon) with { IsPrivate = true }, CancellationToken.None);

        Assert.AreEqual("direct", mastodon.Statuses.Values.Single().Visibility);
    }

    [TestMethod]
    public async Task Mastodon_errors_keep_the_networks_words_and_its_reset_time()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        mastodon.RateLimitNext = 1;

        var limited = await Mastodon(mastodon).PostAsync(Reply(SocialPlatform.Mastodon), CancellationToken.None);
        var rejected = await Mastodon(mastodon, token: "revoked").PostAsync(Reply(SocialPlatform.Mastodon), CancellationToken.None);

        Assert.AreEqual((PostOutcomeKind.Later, "Mastodon 429 TooManyRequests: Too many requests"), (limited.Kind, limited.Reason));
        Assert.IsTrue(limited.RetryAt > DateTimeOffset.UtcNow && limited.RetryAt < DateTimeOffset.UtcNow.AddSeconds(10), $"{limited.RetryAt}");
        Assert.AreEqual((PostOutcomeKind.CredentialsRejected, "Mastodon 401 Unauthorized: The access token is invalid"), (rejected.Kind, rejected.Reason));
    }
}
