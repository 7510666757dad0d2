using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Sources.Feeds;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// Keeps each YouTube channel subscribed at the hub: once the worker listens, it asks for every topic that is new, not
/// yet verified in time, or three quarters through its lease (so the lease is renewed before it ends), and unsubscribes
/// the channels taken out of the settings. A hub that fails is asked again after the retry interval, in one log line.
/// </summary>
public sealed class WebSubSubscriber(WebSubSubscriptionStore store, WebSubHubClient hub, IOptions<WebSubOptions> options,
    IOptions<FeedOptions> feeds, SqliteSourceActivity activity, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<WebSubSubscriber> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var topics = YouTubeTopic.Of(feeds.Value.Subscriptions);
        foreach (var topic in topics)
        {
            // 32 random bytes in hex: well under the 200 bytes a hub.secret may have (W3C WebSub 5.1).
            await store.WantAsync(topic, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), stoppingToken);
        }

        await store.UnwantOthersAsync(topics, stoppingToken);

        // The hub may check a request at once: ask only when the callback answers.
        await lifetime.StartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await AskDueAsync(stoppingToken);
            var now = clock.GetUtcNow();
            var next = await store.NextDueAsync(stoppingToken) ?? now + options.Value.RetryInterval;
            var wait = next - now;
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.Value.RetryInterval ? options.Value.RetryInterval : wait, clock, stoppingToken);
        }
    }

    private async Task AskDueAsync(CancellationToken stoppingToken)
    {
        foreach (var subscription in await store.DueAsync(stoppingToken))
        {
            var again = clock.GetUtcNow() + options.Value.RetryInterval;
            var source = WebSubEndpoint.ActivityName(subscription.Topic);
            try
            {
                // Recorded first: the hub may verify before its answer to this request arrives, and the verification's
                // renewal time must win.
                await store.AskedAsync(subscription.Topic, again, null, stoppingToken);
                await hub.RequestAsync(subscription, WebSubEndpoint.Callback(options.Value.CallbackBaseUrl!, subscription.Key), stoppingToken);
                logger.LogInformation("WebSub: asked {Hub} to {Mode} {Topic}; waiting for its verification.", options.Value.HubUrl, subscription.Mode, subscription.Topic);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.ExecutionRejectedException && !stoppingToken.IsCancellationRequested)
            {
                await store.AskedAsync(subscription.Topic, again, e.Message, stoppingToken);
                await activity.RecordFailureAsync(source, e.Message, SqliteSourceActivity.RejectsCredentials((e as HttpRequestException)?.StatusCode), stoppingToken);
                logger.LogWarning("WebSub: could not {Mode} {Topic} ({Reason}); next try at {Again:u}.", subscription.Mode, subscription.Topic, e.Message, again);
            }
        }
    }
}
