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

/// <summary>The Bluesky client against a 127.0.0.1 PDS following the XRPC contract of createSession, getRecord and createRecord.</summary>
[TestClass]
public sealed class BlueskyReplyClientTests
{
    private const string ThreadStart = "at://did:plc:customer2ann/app.bsky.feed.post/3lbqtz5k2vc2a";
    private const string CustomerReply = "at://did:plc:customer2ann/app.bsky.feed.post/3lbqu3n7xyz2b";

    private static readonly DateTimeOffset Created = new(2026, 12, 6, 13, 0, 0, TimeSpan.Zero);

    private static PendingReply Reply(string text = "Sorry! A new one ships today.") =>
        new(Guid.NewGuid(), SocialPlatform.Bluesky, text, CustomerReply, ThreadStart, IsPrivate: false, SendStatus.Pending, Created);

    private static async Task<FakeBluesky> BlueskyAsync()
    {
        var bluesky = await FakeBluesky.StartAsync();
        var root = bluesky.Seed(ThreadStart, "Is anyone else's order late?");
        bluesky.Seed(CustomerReply, "Mine arrived broken.", root);
        return bluesky;
    }

    private static BlueskyReplyClient Client(FakeBluesky bluesky, string password = FakeBluesky.AppPassword) =>
        new(new HttpClient(), new BlueskySessionHolder(), Options.Create(new ReplyOptions
        {
            Bluesky = { ServiceUrl = bluesky.Url, Identifier = FakeBluesky.Handle, AppPassword = password },
        }), TimeProvider.System);

    [TestMethod]
    public async Task A_reply_is_a_post_whose_parent_is_the_customers_post_and_whose_root_is_the_threads_first_post()
    {
        await using var bluesky = await BlueskyAsync();
        var reply = Reply();

        var outcome = await Client(bluesky).PostAsync(reply, CancellationToken.None);

        var post = bluesky.Created.Single();
        Assert.AreEqual(PostOutcomeKind.Accepted, outcome.Kind, outcome.Reason);
        Assert.AreEqual((CustomerReply, ThreadStart, "Sorry! A new one ships today."), (post.ParentUri, post.RootUri, post.Text));
        var key = BlueskyRecordKey.For(reply.Id, Created);
        Assert.AreEqual($"at://{FakeBluesky.Did}/app.bsky.feed.post/{key}", outcome.Posted!.PostId);
        Assert.AreEqual($"https://bsky.app/profile/{FakeBluesky.Handle}/post/{key}", outcome.Posted.Url);
        Assert.AreEqual(1, bluesky.Logins);
    }

    [TestMethod]
    public async Task Posting_the_same_reply_again_makes_no_second_post_and_answers_with_the_first()
    {
        await using var bluesky = await BlueskyAsync();
        var client = Client(bluesky);
        var reply = Reply();

        var first = await client.PostAsync(reply, CancellationToken.None);
        var again = await client.PostAsync(reply, CancellationToken.None);

        Assert.HasCount(1, bluesky.Created);
        Assert.AreEqual((PostOutcomeKind.Accepted, first.Posted!.PostId), (again.Kind, again.Posted!.PostId));
    }

    [TestMethod]
    public async Task A_reply_is_found_by_its_record_key_once_posted_and_not_before()
    {
        await using var bluesky = await BlueskyAsync();
        var client = Client(bluesky);
        var reply = Reply();

        var before = await client.FindAsync(reply, CancellationToken.None);
        var posted = await client.PostAsync(reply, CancellationToken.None);
        var after = await client.FindAsync(reply, CancellationToken.None);

        Assert.IsNull(before);
        Assert.AreEqual(posted.Posted!.PostId, after!.Posted!.PostId);
    }

    [TestMethod]
    public async Task An_expired_access_token_refreshes_the_session_and_the_reply_still_goes_out_once()
    {
        await using var bluesky = await BlueskyAsync();
        var client = Client(bluesky);
        await client.FindAsync(Reply("warm-up"), CancellationToken.None);
        bluesky.ExpireAccessTokenNext = true;

        var outcome = await client.PostAsync(Reply(), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.Accepted, outcome.Kind, outcome.Reason);
        Assert.AreEqual((1, 1), (bluesky.Logins, bluesky.Refreshes));
        Assert.HasCount(1, bluesky.Created);
    }

    [TestMethod]
    public async Task A_rejected_app_password_stops_the_account_with_the_PDS_words()
    {
        await using var bluesky = await BlueskyAsync();

        var outcome = await Client(bluesky, password: "revoked-app-password").PostAsync(Reply(), CancellationToken.None);

        Assert.AreEqual(PostOutcomeKind.CredentialsRejected, outcome.Kind);
        Assert.AreEqual("Bluesky 401 Unauthorized: AuthenticationRequired: Invalid identifier or password", outcome.Reason);
    }

    [TestMethod]
    public async Task A_rate_limit_waits_until_the_ratelimit_reset_the_PDS_named()
    {
        await using var bluesky = await BlueskyAsync();
        bluesky.RateLimitNext = 1;

        var outcome = await Client(bluesky).PostAsync(Reply(), CancellationToken.None);

        Assert.AreEqual((PostOutcomeKind.Later, "Bluesky 429 TooManyRequests: RateLimitExceeded: Rate Limit Exceeded"), (outcome.Kind, outcome.Reason));
        Assert.IsTrue(outcome.RetryAt > DateTimeOffset.UtcNow.AddSeconds(110) && outcome.RetryAt < DateTimeOffset.UtcNow.AddSeconds(130), $"{outcome.RetryAt}");
        Assert.IsEmpty(bluesky.Created);
    }

    [TestMethod]
    public void The_record_key_is_a_TID_of_the_replys_creation_second_and_the_same_for_every_attempt()
    {
        var id = Guid.NewGuid();

        var key = BlueskyRecordKey.For(id, Created);

        Assert.AreEqual(key, BlueskyRecordKey.For(id, Created));
        Assert.AreNotEqual(key, BlueskyRecordKey.For(Guid.NewGuid(), Created));
        Assert.AreEqual(13, key.Length);
        var value = key.Aggregate(0L, (sum, c) => (sum << 5) | (long)"234567abcdefghijklmnopqrstuvwxyz".IndexOf(c));
        Assert.AreEqual(Created.ToUnixTimeSeconds(), (value >> 10) / 1_000_000, "53 bits of microseconds since the epoch, in the reply's second");
    }
}
