using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Activity;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>Polls every configured feed that is due, then waits the interval, until the worker stops; meanwhile it polls
/// the feeds a push asked for (<see cref="PushedFeedPolls"/>). One feed's failure does not stop the others: it is logged
/// in one line (what failed, when the next try is) and the feed backs off, pushed or not.</summary>
public sealed class FeedPollingService(FeedPoller poller, PushedFeedPolls pushed, IOptions<FeedOptions> options, SqliteSourceActivity activity,
    TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    private readonly FeedBackoff backoff = new(options.Value.Interval);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = options.Value;
        if (feeds.Subscriptions.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await PollDueFeedsAsync(stoppingToken);
            var interval = Task.Delay(feeds.Interval, clock, stoppingToken);
            while (await pushed.DueAsync(interval, stoppingToken) is { Count: > 0 } due)
            {
                await PollPushedAsync(due, stoppingToken);
            }
        }
    }

    internal async Task PollDueFeedsAsync(CancellationToken stoppingToken)
    {
        foreach (var subscription in options.Value.Subscriptions)
        {
            await PollIfDueAsync(subscription, stoppingToken);
        }
    }

    private async Task PollPushedAsync(IReadOnlyList<Uri> feeds, CancellationToken stoppingToken)
    {
        foreach (var subscription in options.Value.Subscriptions.Where(subscription => feeds.Contains(subscription.Url!)))
        {
            if (!backoff.IsDue(subscription.Url!, clock.GetUtcNow()))
            {
                logger.LogInformation("Feed {Feed} was pushed but is backing off after failures: it is polled when its next try is due.", subscription.Url);
                continue;
            }

            logger.LogInformation("Feed {Feed} is polled after a push, for what the push does not carry.", subscription.Url);
            await PollIfDueAsync(subscription, stoppingToken);
        }
    }

    private async Task PollIfDueAsync(FeedSubscription subscription, CancellationToken stoppingToken)
    {
        var url = subscription.Url!;
        if (!backoff.IsDue(url, clock.GetUtcNow()))
        {
            return;
        }

        try
        {
            await poller.PollAsync(subscription, stoppingToken);
            if (backoff.Succeeded(url) is > 0 and var failures)
            {
                logger.LogInformation("Feed {Feed} is readable again after {Failures} failed tries.", url, failures);
                await activity.RecordWorkingAsync(ActivityName(url), stoppingToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or XmlException or TimeoutException or Polly.ExecutionRejectedException && !stoppingToken.IsCancellationRequested)
        {
            var wait = backoff.Failed(url, clock.GetUtcNow());
            logger.LogWarning("Feed {Feed} could not be read ({Reason}); next try in {Wait}.", url, e.Message, wait);
            await activity.RecordFailureAsync(ActivityName(url), e.Message,
                SqliteSourceActivity.RejectsCredentials((e as HttpRequestException)?.StatusCode), stoppingToken);
        }
    }

    /// <summary>Each feed fails on its own, so `status` shows each failing feed by its address.</summary>
    private static string ActivityName(System.Uri url) => $"{FeedPoller.Source} {url}";
}
