using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Sources.Feeds;

namespace SocialCrm.Integration.Sources.WebSub;

public static class WebSubExtensions
{
    /// <summary>
    /// YouTube push notifications for the YouTube channel feeds of Feeds:Subscriptions (after AddMentionQueue, AddWebhooks,
    /// whose port the callback shares, and AddFeedPollers, whose settings name the channels). Reads:
    /// <code>
    /// "WebSub": {
    ///   "HubUrl": "https://pubsubhubbub.appspot.com/subscribe",
    ///   "CallbackBaseUrl": "https://crm-worker.example/",
    ///   "LeaseSeconds": 864000
    /// }
    /// </code>
    /// Without a CallbackBaseUrl nothing is subscribed and the channels are only polled.
    /// </summary>
    public static IServiceCollection AddWebSub(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<WebSubOptions>().Bind(config.GetSection(WebSubOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSourceIntake(config);
        services.TryAddSingleton<FeedStateStore>();
        services.TryAddSingleton<FeedEntryDelivery>();
        services.TryAddSingleton<PushedFeedPolls>();
        services.TryAddSingleton<SqliteSourceActivity>();
        services.TryAddSingleton<WebSubSubscriptionStore>();
        services.AddHttpClient(WebSubHubClient.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<WebSubHubClient>();
        services.AddHostedService<WebSubSubscriber>();
        return services;
    }

    /// <summary>Maps the callback when push is on.</summary>
    public static IEndpointRouteBuilder MapWebSub(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<WebSubOptions>>().Value.Enabled)
        {
            WebSubEndpoint.Map(endpoints);
        }

        return endpoints;
    }
}
