using System;
using System.Globalization;
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
public sealed class GenericWebhookTests
{
    private const string TwoMentions = """
        [{"platform":"linkedin","externalPostId":"li-1","authorExternalId":"u1","text":"Question about pricing","postedOn":"2025-03-01T11:00:00Z"},
         {"platform":"blog","externalPostId":"c-9","authorExternalId":"u2","text":"Nice article","postedOn":"2025-03-01T11:05:00Z"}]
        """;

    private static Task<HttpResponseMessage> Deliver(WebhookServer server, string body, DateTimeOffset at, string secret = WebhookServer.GenericSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/generic") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-SocialCrm-Timestamp", timestamp);
        request.Headers.Add("X-SocialCrm-Signature", Signatures.Generic(secret, timestamp, body));
        return server.Client.SendAsync(request);
    }

    [TestMethod]
    public async Task Signed_request_inside_the_replay_window_is_queued_whole_and_answered_202()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await Deliver(server, TwoMentions, server.Clock.Now.AddMinutes(-4));

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode);
        Assert.AreEqual(2, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    [DataRow(-6, DisplayName = "timestamp older than the window")]
    [DataRow(6, DisplayName = "timestamp further ahead than the window")]
    public async Task Correctly_signed_request_outside_the_replay_window_gets_401(int minutes)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await Deliver(server, TwoMentions, server.Clock.Now.AddMinutes(minutes));

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task Request_signed_with_another_secret_gets_401()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await Deliver(server, TwoMentions, server.Clock.Now, secret: "guessed");

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [TestMethod]
    public async Task Request_whose_timestamp_was_changed_after_signing_gets_401()
    {
        await using var server = await WebhookServer.StartAsync();
        var signedAt = server.Clock.Now.AddMinutes(-20).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/generic") { Content = new StringContent(TwoMentions, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-SocialCrm-Timestamp", server.Clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-SocialCrm-Signature", Signatures.Generic(WebhookServer.GenericSecret, signedAt, TwoMentions));

        Assert.AreEqual(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(request)).StatusCode);
    }

    [TestMethod]
    public async Task Request_with_an_invalid_mention_is_refused_whole_naming_the_index_and_field()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = TwoMentions.Replace("\"authorExternalId\":\"u2\",", "", StringComparison.Ordinal);

        var response = await Deliver(server, body, server.Clock.Now);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var mention = json.RootElement.GetProperty("mentions")[0];
        Assert.AreEqual(1, mention.GetProperty("index").GetInt32());
        Assert.AreEqual("authorExternalId", mention.GetProperty("problems")[0].GetProperty("field").GetString());
        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task Request_with_a_field_a_mention_does_not_have_is_answered_with_the_fields_a_mention_has()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = TwoMentions.Replace("\"authorExternalId\":\"u2\",", "\"authorExternalId\":\"u2\",\"colour\":\"red\",", StringComparison.Ordinal);

        var response = await Deliver(server, body, server.Clock.Now);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.AreEqual("colour is not a field of a mention.", json.RootElement.GetProperty("mentions")[0].GetProperty("problems")[0].GetProperty("message").GetString());
        var fields = json.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        CollectionAssert.Contains(fields, "externalPostId");
        CollectionAssert.Contains(fields, "authorExternalId");
    }
}
