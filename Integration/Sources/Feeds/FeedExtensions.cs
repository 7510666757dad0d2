using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCrm.Integration.Activity;

namespace SocialCrm.Integration.Sources.Feeds;

public static class FeedExtensions
{
    /// <summary>
    /// Feed pollers (RSS 2.0, Atom, YouTube channel feeds). Reads:
    /// <code>
    /// "Feeds": {
    ///   "Interval": "00:15:00",
    ///   "PollAfterPush": "00:00:30",
    ///   "Subscriptions": [ { "Url": "https://www.youtube.com/feeds/videos.xml?channel_id=…" }, { "Url": "https://blog.example/feed", "Platform": "Blog" } ]
    /// }
    /// </code>
    /// and "StatePath" only to keep feeds.db elsewhere than beside the queue's file.
    /// </summary>
    public static IServiceCollection AddFeedPollers(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<FeedOptions>().Bind(config.GetSection(FeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSourceIntake(config);
        services.TryAddSingleton<FeedStateStore>();
        services.TryAddSingleton<FeedEntryDelivery>();
        services.TryAddSingleton<PushedFeedPolls>();
        services.TryAddSingleton<SqliteSourceActivity>();
        services.AddHttpClient(FeedPoller.HttpClientName).AddStandardResilienceHandler();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService<FeedPollingService>();
        return services;
    }
}
