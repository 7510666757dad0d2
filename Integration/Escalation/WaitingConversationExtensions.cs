using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialCrm.Integration.Escalation;

public static class WaitingConversationExtensions
{
    /// <summary>
    /// The scheduled "no reply within N hours" re-evaluation. Reads the "WaitingConversations" section:
    /// <code>"WaitingConversations": { "Enabled": true, "Interval": "00:15:00" }</code>
    /// Uses the Dataverse sink's client, so call after AddDataverseSink.
    /// </summary>
    public static IServiceCollection AddWaitingConversationScheduler(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<WaitingConversationsOptions>().Bind(config.GetSection(WaitingConversationsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WaitingConversationScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<WaitingConversationScheduler>());
        return services;
    }
}
