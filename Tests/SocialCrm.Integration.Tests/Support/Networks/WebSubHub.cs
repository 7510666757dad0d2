using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// A WebSub hub on 127.0.0.1 as the W3C Recommendation and PubSubHubbub 0.4 describe it, and as Google's hub answers
/// YouTube's subscribers (https://www.w3.org/TR/websub/, https://pubsubhubbub.github.io/PubSubHubbub/pubsubhubbub-core-0.4.html,
/// https://developers.google.com/youtube/v3/guides/push_notifications):
/// POST /subscribe takes a form (hub.callback, hub.mode, hub.topic, hub.lease_seconds, hub.secret), answers 202 and then
/// verifies the subscriber's intent with a GET of the callback carrying hub.mode, hub.topic, hub.challenge and
/// hub.lease_seconds; only a 2xx whose body is the challenge makes the subscription active (or ends it). Publishing a
/// topic POSTs the Atom document to each active callback with Link rel=hub and rel=self and, when the subscriber gave a
/// secret, X-Hub-Signature: sha1= and the hex HMAC-SHA1 of the body. It also serves each topic's feed as the publisher.
/// </summary>
public sealed class WebSubHub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Callback, string Topic), Subscription> active = new();
    private readonly ConcurrentQueue<Request> requests = new();
    private readonly HttpClient callbacks = new() { Timeout = TimeSpan.FromSeconds(30) };
    private WebApplication? app;
    private int feedReads;

    /// <summary>The lease the hub grants, whatever is asked; null grants what the subscriber asked for.</summary>
    public int? GrantedLeaseSeconds { get; set; }

    /// <summary>The hub's subscription endpoint, as WebSub:HubUrl takes it.</summary>
    public Uri Url => new(app!.Urls.Single() + "/subscribe");

    /// <summary>Where the hub serves <paramref name="channelId"/>'s feed as its publisher (a YouTube channel feed URL's shape).</summary>
    public Uri FeedUrl(string channelId) => new(app!.Urls.Single() + "/feeds/videos.xml?channel_id=" + channelId);

    /// <summary>The channel feed the hub serves as publisher (an empty channel until a test sets one).</summary>
    public string ChannelFeed { get; set; } = EmptyChannelFeed;

    /// <summary>How many times the channel feed was read.</summary>
    public int FeedReads => Volatile.Read(ref feedReads);

    /// <summary>Every subscription request, with whether the subscriber confirmed it when asked.</summary>
    public IReadOnlyList<Request> Requests => requests.ToArray();

    public static async Task<WebSubHub> StartAsync()
    {
        var hub = new WebSubHub();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        hub.app = builder.Build();
        hub.app.MapPost("/subscribe", hub.SubscribeAsync);
        hub.app.MapGet("/feeds/videos.xml", () =>
        {
            var feed = hub.ChannelFeed;
            Interlocked.Increment(ref hub.feedReads);
            return Results.Text(feed, "application/atom+xml");
        });
        await hub.app.StartAsync();
        return hub;
    }

    /// <summary>The active subscriptions to <paramref name="topic"/> (verified, not ended).</summary>
    public IReadOnlyList<Subscription> SubscriptionsTo(Uri topic) => active.Values.Where(s => s.Topic == topic.ToString()).ToList();

    /// <summary>Distributes <paramref name="atom"/> to every subscriber of <paramref name="topic"/>, signed with each one's secret.</summary>
    /// <returns>The status code each callback answered.</returns>
    public async Task<IReadOnlyList<int>> PublishAsync(Uri topic, string atom)
    {
        var answers = new List<int>();
        foreach (var subscription in SubscriptionsTo(topic))
        {
            answers.Add(await DeliverAsync(subscription, atom, subscription.Secret == null ? null : Sign(subscription.Secret, atom)));
        }

        return answers;
    }

    /// <summary>Posts <paramref name="atom"/> to a subscriber's callback with the given X-Hub-Signature (or none), as
    /// someone who does not know the secret would.</summary>
    public async Task<int> DeliverAsync(Subscription subscription, string atom, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Callback) { Content = new StringContent(atom, Encoding.UTF8, "application/atom+xml") };
        request.Headers.Add("Link", $"<{Url}>; rel=hub, <{subscription.Topic}>; rel=self");
        if (signature != null)
        {
            request.Headers.Add("X-Hub-Signature", signature);
        }

        using var response = await callbacks.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>X-Hub-Signature as PubSubHubbub 0.4 defines it: sha1 and the hex HMAC-SHA1 of the body under hub.secret.</summary>
    public static string Sign(string secret, string body) =>
        "sha1=" + Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public async ValueTask DisposeAsync()
    {
        callbacks.Dispose();
        if (app != null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> SubscribeAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (callback, mode, topic, secret) = ((string?)form["hub.callback"], (string?)form["hub.mode"], (string?)form["hub.topic"], (string?)form["hub.secret"]);
        if (!Uri.TryCreate(callback, UriKind.Absolute, out var callbackUri) || mode is not ("subscribe" or "unsubscribe") || string.IsNullOrEmpty(topic))
        {
            return Results.BadRequest("hub.callback, hub.mode and hub.topic are required.");
        }

        // W3C WebSub 5.1: hub.secret "MUST be less than 200 bytes in length".
        if (secret != null && Encoding.UTF8.GetByteCount(secret) >= 200)
        {
            return Results.BadRequest("hub.secret must be less than 200 bytes.");
        }

        var lease = GrantedLeaseSeconds
            ?? (int.TryParse(form["hub.lease_seconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : 432000);
        var entry = new Request(callbackUri, mode, topic, secret, lease, DateTimeOffset.UtcNow);
        requests.Enqueue(entry);

        // Verification is asynchronous, after the 202 (W3C WebSub 5.2, 5.3).
        _ = Task.Run(() => VerifyAsync(entry));
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private async Task VerifyAsync(Request request)
    {
        var challenge = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var query = $"hub.mode={request.Mode}&hub.topic={Uri.EscapeDataString(request.Topic)}&hub.challenge={challenge}"
            + (request.Mode == "subscribe" ? $"&hub.lease_seconds={request.LeaseSeconds}" : "");
        var separator = request.Callback.Query.Length == 0 ? "?" : "&";
        try
        {
            using var response = await callbacks.GetAsync(request.Callback + separator + query);
            var confirmed = response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == challenge;
            var key = (request.Callback.ToString(), request.Topic);
            if (confirmed && request.Mode == "subscribe")
            {
                active[key] = new Subscription(request.Callback, request.Topic, request.Secret, request.LeaseSeconds);
            }
            else if (confirmed)
            {
                active.TryRemove(key, out _);
            }

            // Only after the subscription changed, so a test that waited for the confirmation sees its effect.
            request.Confirmed.TrySetResult(confirmed);
        }
        catch (HttpRequestException)
        {
            request.Confirmed.TrySetResult(false);
        }
    }

    private const string EmptyChannelFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns="http://www.w3.org/2005/Atom"><title>channel</title></feed>
        """;

    /// <summary>A subscription the hub verified.</summary>
    public sealed record Subscription(Uri Callback, string Topic, string? Secret, int LeaseSeconds);

    /// <summary>A subscription request as the hub received it; <see cref="Confirmed"/> completes once the subscriber answered the verification.</summary>
    public sealed record Request(Uri Callback, string Mode, string Topic, string? Secret, int LeaseSeconds, DateTimeOffset ReceivedOn)
    {
        public TaskCompletionSource<bool> Confirmed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
