using System;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Sources.Streams.Mastodon;

namespace SocialCrm.Integration.Sources.Streams;

public static class StreamExtensions
{
    /// <summary>
    /// The networks' streams (after AddMentionQueue). A network without its token stays off. Reads:
    /// <code>
    /// "Streams": {
    ///   "Mastodon": { "InstanceUrl": "https://mastodon.example/", "AccessToken": "…", "Transport": "WebSocket" }
    /// }
    /// </code>
    /// </summary>
    public static IServiceCollection AddStreams(this IServiceCollection services, IConfiguration config)
    {
        services.AddSourceIntake(config);
        services.AddSingleton<StreamCursorStore>();

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
        services.AddHostedService<MastodonStreamingService>();
        return services;
    }
}
