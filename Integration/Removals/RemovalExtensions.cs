using System;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Removals;

public static class RemovalExtensions
{
    /// <summary>
    /// Deletes, hides, unpublishes and edits: their store (tombstones, in the queue's file), the queue that keeps removed posts
    /// out, and the applier that marks mentions. After AddMentionQueue. Reads:
    /// <code>"Removals": { "PendingWindow": "1.00:00:00", "RetryDelay": "00:00:15", "MaxRetryDelay": "01:00:00", "IdleDelay": "00:00:02" }</code>
    /// </summary>
    public static IServiceCollection AddMentionRemovals(this IServiceCollection services, IConfiguration config)
    {
        // Each source adds it; the first one does the work.
        if (services.Any(service => service.ServiceType == typeof(IRemovalStore)))
        {
            return services;
        }

        services.AddOptions<RemovalOptions>().Bind(config.GetSection(RemovalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteRemovalStore>();
        services.TryAddSingleton<IRemovalStore>(provider => provider.GetRequiredService<SqliteRemovalStore>());
        services.TryAddSingleton<IEditStore>(provider => provider.GetRequiredService<SqliteRemovalStore>());
        services.TryAddSingleton<IProfileChangeStore>(provider => provider.GetRequiredService<SqliteRemovalStore>());
        services.TryAddSingleton<IAccountChangeStore>(provider => provider.GetRequiredService<SqliteRemovalStore>());
        services.Replace(ServiceDescriptor.Singleton<IMentionInbox>(provider =>
            new RemovalAwareInbox(provider.GetRequiredKeyedService<IMentionInbox>(QueueExtensions.DurableInbox), provider.GetRequiredService<IRemovalStore>())));
        return services;
    }

    /// <summary>The applier that marks mentions in Dataverse; needs the Dataverse sink.</summary>
    public static IServiceCollection AddRemovalApplier(this IServiceCollection services)
    {
        services.AddSingleton<DataverseRemovalClient>();
        services.AddHostedService<RemovalApplier>();
        return services;
    }
}
