using System;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Sources.Streams.Bluesky;
using SocialCrm.Integration.Sources.Streams.Mastodon;

namespace SocialCrm.Integration.Sources.Streams;

public static class StreamExtensions
{
    /// <summary>
    /// The networks' streams (after AddMentionQueue). A network without its token stays off. Reads:
    /// <code>
    /// "Streams": {
    ///   "Mastodon": { "InstanceUrl": "https://mastodon.example/", "AccessToken": "…", "Transport": "WebSocket" },
    ///   "Bluesky": { "Did": "did:plc:…", "JetstreamUrl": "wss://jetstream2.us-east.bsky.network/subscribe",
    ///     "AppViewUrl": "https://public.api.bsky.app/" }
    /// }
    /// </code>
    /// </summary>
    public static IServiceCollection AddStreams(this IServiceCollection services, IConfiguration config)
    {
        services.AddSourceIntake(config);
        services.AddSingleton<StreamStateStore>();
        services.TryAddSingleton<SqliteSourceActivity>();

        services.AddOptions<MastodonStreamOptions>().Bind(config.GetSection(MastodonStreamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(MastodonApiClient.HttpClientName).AddStandardResilienceHandler();
        // A stream is one request that lasts for hours: no overall timeout, no retrying handler around it.
        services.AddHttpClient(MastodonServerSentEvents.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<MastodonApiClient>();
        services.AddSingleton<IMastodonTransport>(provider => provider.GetRequiredService<IOptions<MastodonStreamOptions>>().Value.Transport switch
        {
            MastodonTransport.ServerSentEvents => ActivatorUtilities.CreateInstance<MastodonServerSentEvents>(provider),
            _ => ActivatorUtilities.CreateInstance<MastodonWebSocket>(provider),
        });
        services.AddSingleton<MastodonDelivery>();
        services.AddHostedService<MastodonStreamingService>();
        services.AddHostedService<MastodonVisibilityRecheck>();

        services.AddOptions<BlueskyStreamOptions>().Bind(config.GetSection(BlueskyStreamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(BlueskyProfiles.HttpClientName);
        services.AddSingleton<BlueskyProfiles>();
        services.AddHostedService<JetstreamConsumerService>();
        return services;
    }
}
