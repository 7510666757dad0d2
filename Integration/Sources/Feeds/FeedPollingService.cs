using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>Polls every configured feed, then waits the interval, until the worker stops. One feed's failure is logged and
/// does not stop the others; it is tried again on the next round.</summary>
public sealed class FeedPollingService(FeedPoller poller, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = options.Value;
        if (feeds.Subscriptions.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var subscription in feeds.Subscriptions)
            {
                try
                {
                    await poller.PollAsync(subscription, stoppingToken);
                }
                catch (Exception e) when (e is HttpRequestException or XmlException or TimeoutException or Polly.ExecutionRejectedException && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Feed {Feed} could not be read; it is tried again in {Interval}.", subscription.Url, feeds.Interval);
                }
            }

            await Task.Delay(feeds.Interval, clock, stoppingToken);
        }
    }
}
