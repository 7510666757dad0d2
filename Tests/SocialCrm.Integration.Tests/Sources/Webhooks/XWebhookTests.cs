using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

[TestClass]
public sealed class XWebhookTests
{
    private static Task<HttpResponseMessage> Deliver(WebhookServer server, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature != null)
        {
            request.Headers.Add("X-Twitter-Webhooks-Signature", signature);
        }

        return server.Client.SendAsync(request);
    }

    [TestMethod]
    public async Task CRC_check_answers_the_base64_HMAC_of_the_token_keyed_with_the_consumer_secret()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.Client.GetAsync("/webhooks/x?crc_token=9b4507b3-9040-4669-9ca3-6b94edb50553");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.AreEqual(
            Signatures.XBase64(WebhookServer.XConsumerSecret, "9b4507b3-9040-4669-9ca3-6b94edb50553"),
            json.RootElement.GetProperty("response_token").GetString());
    }

    [TestMethod]
    public async Task CRC_check_without_a_token_is_a_bad_request()
    {
        await using var server = await WebhookServer.StartAsync();

        Assert.AreEqual(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/webhooks/x")).StatusCode);
    }

    [TestMethod]
    public async Task Signed_delivery_queues_mentions_and_direct_messages_but_not_the_accounts_own_posts()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("x-account-activity.json");

        var response = await Deliver(server, body, Signatures.XBase64(WebhookServer.XConsumerSecret, body));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var queued = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Select(m => m.Mention).ToList();
        CollectionAssert.AreEqual(new[] { "1895000000000000001", "1895000000000000100" }, queued.Select(m => m.ExternalPostId).ToArray());
        var tweet = queued[0];
        Assert.AreEqual("margaret_h", tweet.Author.Handle);
        Assert.AreEqual(1200, tweet.Author.Followers);
        Assert.AreEqual("2025-03-01T09:15:00.0000000+00:00", tweet.PostedOn.ToString("o"));
        Assert.AreEqual("https://x.com/Margaret_H/status/1895000000000000001", tweet.PostUrl);
        var message = queued[1];
        Assert.AreEqual("dm:5501", message.ThreadId);
        Assert.AreEqual("Order 42-17, please help", message.Text);
    }

    [TestMethod]
    public async Task Delivery_with_a_wrong_or_missing_signature_gets_401_and_queues_nothing()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("x-account-activity.json");

        var wrong = await Deliver(server, body, Signatures.XBase64("not-the-secret", body));
        var missing = await Deliver(server, body, null);
        var notBase64 = await Deliver(server, body, "sha256=***");

        Assert.AreEqual(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, notBase64.StatusCode);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }
}
