using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Sources.Webhooks;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// /webhooks/websub/{channel id}, the callback of one subscription.
/// GET is the hub's verification of intent: the challenge is echoed only for the topic and mode this worker asked for
/// (a subscription with its granted lease is recorded, an unsubscription forgets the topic); anything else gets 404,
/// as the subscriber's "no". A denial (hub.mode=denied) is logged and acknowledged.
/// POST is a notification, signed in X-Hub-Signature with the subscription's hub.secret. The signature is checked as
/// the body streams in, within the body limit (413 past it), before anything is parsed; a notification that is
/// unsigned or whose signature does not match is acknowledged and ignored, as the specs require of a subscriber. A
/// notification read asks for a prompt poll of its channel's feed (<see cref="PushedFeedPolls"/>) for the description.
/// https://www.w3.org/TR/websub/#hub-verifies-intent, https://www.w3.org/TR/websub/#authenticated-content-distribution,
/// https://pubsubhubbub.github.io/PubSubHubbub/pubsubhubbub-core-0.4.html#authednotify
/// </summary>
public static class WebSubEndpoint
{
    public const string PathPrefix = "/webhooks/websub/";
    public const string Source = "websub:youtube";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + "{key}", VerifyAsync);
        endpoints.MapPost(PathPrefix + "{key}", ReceiveAsync);
    }

    /// <summary>The callback the hub is given for the subscription named <paramref name="key"/>.</summary>
    public static Uri Callback(Uri callbackBase, string key) =>
        new(new Uri(callbackBase.ToString().TrimEnd('/') + "/"), PathPrefix.TrimStart('/') + Uri.EscapeDataString(key));

    /// <summary>Each topic fails on its own, so `status` shows it by its address.</summary>
    public static string ActivityName(Uri topic) => $"{Source} {topic}";

    private static async Task<IResult> VerifyAsync(string key, HttpRequest request, WebSubSubscriptionStore store, SqliteSourceActivity activity,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var subscription = await store.FindAsync(key, cancellationToken);
        if (subscription == null || !Uri.TryCreate(query["hub.topic"], UriKind.Absolute, out var topic) || topic != subscription.Topic)
        {
            return Results.NotFound();
        }

        var mode = (string?)query["hub.mode"];
        if (mode == "denied")
        {
            var reason = $"The hub denied the subscription: {(string?)query["hub.reason"] ?? "no reason given"}.";
            await activity.RecordFailureAsync(ActivityName(topic), reason, credentialsRejected: false, cancellationToken);
            loggers.CreateLogger(typeof(WebSubEndpoint)).LogWarning("WebSub: {Topic}: {Reason}", topic, reason);
            return Results.Ok();
        }

        var challenge = (string?)query["hub.challenge"];
        if (mode != subscription.Mode || string.IsNullOrEmpty(challenge))
        {
            return Results.NotFound();
        }

        if (mode == WebSubSubscription.Subscribe)
        {
            if (!int.TryParse(query["hub.lease_seconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var lease) || lease <= 0)
            {
                return Results.NotFound();
            }

            await store.VerifiedAsync(topic, lease, cancellationToken);
            await activity.RecordWorkingAsync(ActivityName(topic), cancellationToken);
        }
        else
        {
            await store.ForgetAsync(topic, cancellationToken);
        }

        return Results.Text(challenge, "text/plain");
    }

    private static async Task<IResult> ReceiveAsync(string key, HttpRequest request, WebSubSubscriptionStore store, IOptions<WebSubOptions> options,
        FeedEntryDelivery delivery, PushedFeedPolls polls, IOptions<FeedOptions> feeds, TimeProvider clock, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var subscription = await store.FindAsync(key, cancellationToken);
        if (subscription is not { Mode: WebSubSubscription.Subscribe })
        {
            return Results.NotFound();
        }

        var claimed = WebSubSignature.Decode(request.Headers[WebSubSignature.Header]);
        var signed = await SignedRequestBody.ReadAsync(request, subscription.Secret, claimed?.Digest, options.Value.MaxBodyBytes, cancellationToken,
            algorithm: claimed?.Algorithm);
        if (signed.Refusal is { } refusal)
        {
            if (refusal is IStatusCodeHttpResult { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return refusal;
            }

            loggers.CreateLogger(typeof(WebSubEndpoint)).LogWarning(
                "WebSub: a notification for {Topic} was ignored: its X-Hub-Signature is missing or does not match.", subscription.Topic);
            return Results.Ok();
        }

        try
        {
            var content = YouTubeNotificationReader.Read(signed.Body, subscription.Topic, clock.GetUtcNow());
            await delivery.DeliverAsync(Source, subscription.Topic, content, takenBefore: new HashSet<string>(), cancellationToken);

            // The push names the video by its title only: the channel's feed, polled soon, brings its description.
            foreach (var feed in YouTubeTopic.FeedsOf(subscription.Topic, feeds.Value.Subscriptions))
            {
                polls.Ask(feed);
            }

            return Results.Ok();
        }
        catch (XmlException e)
        {
            return Results.BadRequest(new { error = $"The notification is not an Atom feed: {e.Message}" });
        }
    }
}
