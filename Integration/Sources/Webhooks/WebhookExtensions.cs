using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Mentions;

using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Access;

namespace SocialCrm.Integration.Sources.Webhooks;

public static class WebhookExtensions
{
    /// <summary>
    /// The signed webhook endpoint, on 127.0.0.1 only. Reads:
    /// <code>
    /// "Webhooks": {
    ///   "Port": 5080,
    ///   "Meta": { "AppSecret": "…", "VerifyToken": "…" },
    ///   "X": { "ConsumerSecret": "…" },
    ///   "Generic": { "Secret": "…", "ReplayWindow": "00:05:00" }
    /// }
    /// </code>
    /// A network without its secret has no endpoint. Deletes and hides go to the removals (after AddMentionQueue).
    /// </summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<WebhookOptions>().Bind(config.GetSection(WebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MetaWebhookOptions>().Bind(config.GetSection(MetaWebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<XWebhookOptions>().Bind(config.GetSection(XWebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GenericWebhookOptions>().Bind(config.GetSection(GenericWebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<WebhookOptions>>((kestrel, webhooks) =>
            kestrel.Listen(IPAddress.Loopback, webhooks.Value.Port));
        services.AddAccessRevocations();
        services.AddSourceIntake(config);
        services.AddSingleton<WebhookIntake>();
        return services;
    }

    /// <summary>Maps the endpoint of each network whose secret is configured.</summary>
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (services.GetRequiredService<IOptions<MetaWebhookOptions>>().Value.Enabled)
        {
            MetaWebhookEndpoint.Map(endpoints);
        }

        if (services.GetRequiredService<IOptions<XWebhookOptions>>().Value.Enabled)
        {
            XWebhookEndpoint.Map(endpoints);
        }

        if (services.GetRequiredService<IOptions<GenericWebhookOptions>>().Value.Enabled)
        {
            GenericWebhookEndpoint.Map(endpoints);
        }

        return endpoints;
    }
}
