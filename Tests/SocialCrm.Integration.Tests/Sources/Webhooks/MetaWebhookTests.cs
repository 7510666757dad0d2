using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

[TestClass]
public sealed class MetaWebhookTests
{
    private static Task<HttpResponseMessage> Deliver(WebhookServer server, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature != null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        return server.Client.SendAsync(request);
    }

    [TestMethod]
    public async Task Handshake_with_the_configured_verify_token_answers_the_challenge()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.Client.GetAsync($"/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={WebhookServer.MetaVerifyToken}");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("1158201444", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    [DataRow("hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess", DisplayName = "wrong verify token")]
    [DataRow("hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=meta-verify-token", DisplayName = "not a subscribe request")]
    [DataRow("hub.mode=subscribe&hub.challenge=1", DisplayName = "no verify token")]
    public async Task Handshake_that_does_not_match_is_refused_without_the_challenge(string query)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.Client.GetAsync("/webhooks/meta?" + query);

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TestMethod]
    public async Task Signed_page_feed_delivery_queues_other_peoples_comments_and_answers_200()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("meta-page-feed.json");

        var response = await Deliver(server, body, Signatures.MetaHex(WebhookServer.MetaAppSecret, body));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var queued = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual(SocialPlatform.Facebook, queued.Platform);
        Assert.AreEqual("5000_7001", queued.ExternalPostId);
        Assert.AreEqual("900_5000", queued.ThreadId);
        Assert.AreEqual("900_5000", queued.InReplyToId);
        Assert.AreEqual("3101", queued.Author.ExternalId);
        Assert.AreEqual("Grace Hopper", queued.Author.DisplayName);
        Assert.AreEqual("Still waiting for my refund.", queued.Text);
        Assert.AreEqual(1740819500, queued.PostedOn.ToUnixTimeSeconds());
    }

    [TestMethod]
    public async Task Comment_the_edge_refuses_is_dead_lettered_with_its_reason_while_the_delivery_is_acknowledged()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("meta-page-feed.json");

        await Deliver(server, body, Signatures.MetaHex(WebhookServer.MetaAppSecret, body));

        var status = await server.Queue.StatusAsync(10, CancellationToken.None);
        var letter = status.RecentDeadLetters.Single();
        Assert.AreEqual("webhook:meta", letter.Source);
        StringAssert.StartsWith(letter.Reason, "postedOn (scrm_postedon) is required");
        StringAssert.Contains(letter.Payload, "5000_7003");
    }

    [TestMethod]
    public async Task Signed_instagram_comment_is_queued_with_its_media_as_thread()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("instagram-comments.json");

        await Deliver(server, body, Signatures.MetaHex(WebhookServer.MetaAppSecret, body));

        var queued = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual(SocialPlatform.Instagram, queued.Platform);
        Assert.AreEqual("katherine.j", queued.Author.Handle);
        Assert.AreEqual("18100000000000009", queued.ThreadId);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no signature")]
    [DataRow("sha256=00", DisplayName = "signature of the wrong length")]
    [DataRow("sha256=zz", DisplayName = "signature that is not hex")]
    [DataRow("sha1=0123456789abcdef0123456789abcdef01234567", DisplayName = "another algorithm")]
    public async Task Delivery_without_a_valid_signature_gets_401_and_queues_nothing(string? signature)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await Deliver(server, Samples.Text("meta-page-feed.json"), signature);

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        var status = await server.Queue.StatusAsync(10, CancellationToken.None);
        Assert.AreEqual(0, status.Pending + status.DeadLetters);
    }

    [TestMethod]
    public async Task Delivery_signed_with_another_secret_or_altered_after_signing_gets_401()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("meta-page-feed.json");

        var otherSecret = await Deliver(server, body, Signatures.MetaHex("another-secret", body));
        var altered = await Deliver(server, body.Replace("refund", "refunds"), Signatures.MetaHex(WebhookServer.MetaAppSecret, body));

        Assert.AreEqual(HttpStatusCode.Unauthorized, otherSecret.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, altered.StatusCode);
    }

    [TestMethod]
    public async Task Redelivered_notification_queues_each_comment_once()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("instagram-comments.json");
        var signature = Signatures.MetaHex(WebhookServer.MetaAppSecret, body);

        await Deliver(server, body, signature);
        await Deliver(server, body, signature);

        Assert.AreEqual(1, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    /// <summary>
    /// Messenger message_edits events, shaped as Meta's reference shows them
    /// (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/message-edits):
    /// the person's newest edit is recorded for their message, an older one and the Page's own edit are not, and the
    /// same delivery again changes nothing.
    /// </summary>
    [TestMethod]
    public async Task Messenger_message_edits_record_the_persons_newest_edit_once_however_often_it_is_delivered()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("meta-messenger-message-edits.json");

        var first = await Deliver(server, body, Signatures.MetaHex(WebhookServer.MetaAppSecret, body));
        var again = await Deliver(server, body, Signatures.MetaHex(WebhookServer.MetaAppSecret, body));

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        var edit = (await server.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.Facebook, "m_1457764197618:41d102a3e1ae206a38", "注文番号は 4471 です 📦 (直しました)",
            System.DateTimeOffset.FromUnixTimeMilliseconds(1740819600000)), edit);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(10, CancellationToken.None)).Pending, "an edit is never a new mention");
        Assert.IsTrue(server.Log.Messages.Any(m => m.Contains("own message edit 1", System.StringComparison.Ordinal)));
    }
}
