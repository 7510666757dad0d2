using System;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Replies.Networks;
using SocialCrm.Integration.Replies.Webhook;

namespace SocialCrm.Integration.Replies;

public static class ReplyExtensions
{
    /// <summary>
    /// Reply delivery. Reads the "Replies" section (see <see cref="ReplyOptions"/>); uses the Dataverse sink's client, so
    /// call after AddDataverseSink. Network clients get no retrying handler: a retried POST could post twice, so retries
    /// are the delivery's, after asking the network what it has.
    /// </summary>
    public static IServiceCollection AddReplyDelivery(this IServiceCollection services, IConfiguration config)
    {
        services.AddReplyOutbox(config);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<XReplyClient>(XReplyClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddHttpClient<MastodonReplyClient>(MastodonReplyClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddTransient<INetworkReplyClient>(provider => provider.GetRequiredService<XReplyClient>());
        services.AddHttpClient<MetaReplyClient>(MetaReplyClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddTransient<INetworkReplyClient>(provider => provider.GetRequiredService<MastodonReplyClient>());
        services.AddHttpClient<BlueskyReplyClient>(BlueskyReplyClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<BlueskySessionHolder>();
        services.AddTransient<INetworkReplyClient>(provider => provider.GetRequiredService<MetaReplyClient>());
        services.AddHttpClient<InstagramReplyClient>(InstagramReplyClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddTransient<INetworkReplyClient>(provider => provider.GetRequiredService<InstagramReplyClient>());
        services.AddTransient<INetworkReplyClient>(provider => provider.GetRequiredService<BlueskyReplyClient>());
        services.AddSingleton<ReplyDataverseClient>();
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<ReplyWakeup>();
        services.AddOptions<DataverseWebhookOptions>().Bind(config.GetSection(DataverseWebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<ReplyDeliveryService>();
        return services;
    }

    /// <summary>/webhooks/dataverse, when Webhooks:Dataverse:Key is set (on the webhooks' port: call after AddWebhooks).</summary>
    public static IEndpointRouteBuilder MapDataverseWebhook(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DataverseWebhookOptions>>().Value.Enabled)
        {
            DataverseWebhookEndpoint.Map(endpoints);
        }

        return endpoints;
    }

    /// <summary>The "Replies" options and the outbox alone: what `status` reads (stopped accounts) without delivering anything.</summary>
    public static IServiceCollection AddReplyOutbox(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ReplyOptions>().Bind(config.GetSection(ReplyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ReplyOutbox>();
        return services;
    }
}
