using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

/// <summary>
/// The HTTP edge of the webhook endpoints against what an attacker can send without the secrets (issue 14, defects 1
/// to 3): no signing oracle, bounded bodies, and text that is not text refused item by item.
/// </summary>
[TestClass]
public sealed class WebhookEdgeTests
{
    private const string ForgedTweet = """
        {"for_user_id":"2244994945","tweet_create_events":[{"id_str":"1895000000000000999","created_at":"Sat Mar 01 09:15:00 +0000 2025",
        "text":"refund now or lawyer","user":{"id_str":"666","screen_name":"forger"}}]}
        """;

    [TestMethod]
    public async Task CRC_check_refuses_a_body_shaped_token_so_its_answer_cannot_sign_a_forged_delivery()
    {
        await using var server = await WebhookServer.StartAsync();

        var crc = await server.Client.GetAsync("/webhooks/x?crc_token=" + Uri.EscapeDataString(ForgedTweet));
        var answer = await crc.Content.ReadAsStringAsync();
        var stolen = JsonDocument.Parse(answer).RootElement.TryGetProperty("response_token", out var token) ? token.GetString() : "sha256=";
        var forged = await Post(server, "/webhooks/x", ForgedTweet, ("X-Twitter-Webhooks-Signature", stolen!));

        Assert.AreEqual(HttpStatusCode.BadRequest, crc.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    [DataRow("9b4507b3-9040-4669-9ca3-6b94edb50553", DisplayName = "a UUID")]
    [DataRow("challenge_string", DisplayName = "the quickstart's example")]
    [DataRow("NjA2NjAzNTA0NzE4MDUzNzk2+/w=", DisplayName = "base64 text")]
    public async Task CRC_check_answers_tokens_shaped_like_X_s(string token)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.Client.GetAsync("/webhooks/x?crc_token=" + Uri.EscapeDataString(token));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.AreEqual(Signatures.XBase64(WebhookServer.XConsumerSecret, token), json.RootElement.GetProperty("response_token").GetString());
    }

    [TestMethod]
    [DataRow("/webhooks/meta", DisplayName = "Meta")]
    [DataRow("/webhooks/x", DisplayName = "X")]
    [DataRow("/webhooks/generic", DisplayName = "generic")]
    public async Task Body_announced_larger_than_the_endpoint_accepts_gets_413_and_queues_nothing(string path)
    {
        await using var server = await WebhookServer.StartAsync(new() { ["Webhooks:Meta:MaxBodyBytes"] = "4096", ["Webhooks:X:MaxBodyBytes"] = "4096", ["Webhooks:Generic:MaxBodyBytes"] = "4096" });
        var request = SignedAnyhow(server, path, new ByteArrayContent(new byte[5000]));

        var response = await server.Client.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
    }

    [TestMethod]
    public async Task Streamed_body_without_a_length_is_cut_off_at_the_limit_with_413()
    {
        await using var server = await WebhookServer.StartAsync(new() { ["Webhooks:Meta:MaxBodyBytes"] = "4096" });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /webhooks/meta HTTP/1.1\r\nHost: {server.Address.Authority}\r\nTransfer-Encoding: chunked\r\n" +
            $"Content-Type: application/json\r\nX-Hub-Signature-256: sha256={new string('0', 64)}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var answer = new byte[64];
        var reading = stream.ReadAsync(answer).AsTask();

        // Up to 29 MB in 16 KB chunks, until the server answers.
        var chunk = Encoding.ASCII.GetBytes($"4000\r\n{new string(' ', 0x4000)}\r\n");
        var sent = 0L;
        while (!reading.IsCompleted && sent < 29L * 1024 * 1024)
        {
            try
            {
                await stream.WriteAsync(chunk);
                sent += 0x4000;
            }
            catch (IOException)
            {
                break;
            }
        }

        var length = await reading;
        StringAssert.StartsWith(Encoding.ASCII.GetString(answer, 0, length), "HTTP/1.1 413");
        Assert.IsTrue(sent < 29L * 1024 * 1024, "The server answered only once the whole body was sent.");
    }

    [TestMethod]
    public async Task Meta_comment_holding_a_lone_surrogate_is_dead_lettered_alone_and_its_sibling_lands()
    {
        await using var server = await WebhookServer.StartAsync();
        // The page-feed sample, its last comment given a time and an escaped lone surrogate in its message.
        var body = Samples.Text("meta-page-feed.json").Replace("\"message\": \"Same here.\" }",
            "\"message\": \"Same here \\ud800\", \"created_time\": 1740819530 }");

        var response = await Post(server, "/webhooks/meta", body, ("X-Hub-Signature-256", Signatures.MetaHex(WebhookServer.MetaAppSecret, body)));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var queued = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual("5000_7001", queued.ExternalPostId);
        var letter = (await server.Queue.StatusAsync(10, CancellationToken.None)).RecentDeadLetters.Single();
        Assert.AreEqual("message is not valid text: it holds an unpaired surrogate or bytes that are not UTF-8.", letter.Reason);
        StringAssert.Contains(letter.Payload, "5000_7003");
    }

    [TestMethod]
    public async Task X_tweet_with_bytes_that_are_not_UTF8_is_dead_lettered_alone_and_the_direct_message_lands()
    {
        await using var server = await WebhookServer.StartAsync();
        var sample = Encoding.UTF8.GetBytes(Samples.Text("x-account-activity.json"));
        var body = Replace(sample, "\"screen_name\": \"Margaret_H\"", [.. Encoding.UTF8.GetBytes("\"screen_name\": \"Margaret"), 0xC3, 0x28, (byte)'"']);

        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Twitter-Webhooks-Signature", "sha256=" + Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(WebhookServer.XConsumerSecret), body)));
        var response = await server.Client.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var queued = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Select(m => m.Mention.ExternalPostId).ToArray();
        CollectionAssert.AreEqual(new[] { "1895000000000000100" }, queued);
        StringAssert.StartsWith((await server.Queue.StatusAsync(10, CancellationToken.None)).RecentDeadLetters.Single().Reason, "screen_name is not valid text");
    }

    [TestMethod]
    public async Task Generic_mention_holding_a_lone_surrogate_is_refused_with_400_naming_its_index_and_field()
    {
        await using var server = await WebhookServer.StartAsync();
        const string body = """[{"platform":"blog","externalPostId":"c-9","authorExternalId":"u2","text":"ok \ud800","postedOn":"2025-03-01T11:05:00Z"}]""";
        var timestamp = server.Clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var response = await Post(server, "/webhooks/generic", body,
            ("X-SocialCrm-Timestamp", timestamp), ("X-SocialCrm-Signature", Signatures.Generic(WebhookServer.GenericSecret, timestamp, body)));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("mentions")[0];
        Assert.AreEqual(0, problem.GetProperty("index").GetInt32());
        Assert.AreEqual("text", problem.GetProperty("problems")[0].GetProperty("field").GetString());
    }

    private static Task<HttpResponseMessage> Post(WebhookServer server, string path, string body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return server.Client.SendAsync(request);
    }

    /// <summary>A request with well-formed (not matching) signature headers for <paramref name="path"/>, so only the size decides.</summary>
    private static HttpRequestMessage SignedAnyhow(WebhookServer server, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var hex = "sha256=" + new string('0', 64);
        request.Headers.Add("X-Hub-Signature-256", hex);
        request.Headers.Add("X-Twitter-Webhooks-Signature", "sha256=" + Convert.ToBase64String(new byte[32]));
        request.Headers.Add("X-SocialCrm-Timestamp", server.Clock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-SocialCrm-Signature", hex);
        return request;
    }

    private static byte[] Replace(byte[] source, string find, byte[] with)
    {
        var pattern = Encoding.UTF8.GetBytes(find);
        var at = source.AsSpan().IndexOf(pattern);
        Assert.IsTrue(at >= 0, $"The sample holds {find}.");
        return [.. source[..at], .. with, .. source[(at + pattern.Length)..]];
    }

    /// <summary>A read-only stream of <paramref name="length"/> bytes repeating a pattern, never held in memory whole.</summary>
    private sealed class RepeatingStream(byte[] pattern, long length) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = pattern[(position + i) % pattern.Length];
            }

            position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
