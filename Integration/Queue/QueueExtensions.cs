using System;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialCrm.Integration.Queue;

public static class QueueExtensions
{
    /// <summary>
    /// The durable mention queue (SQLite), registered by role: the inbox for sources, the consumer for the sink, the
    /// monitor for `status` and health, the dead letters for `deadletter`. Reads:
    /// <code>"Queue": { "Path": "data/queue.db", "LeaseDuration": "00:01:00" }</code>
    /// </summary>
    public static IServiceCollection AddMentionQueue(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<QueueOptions>().Bind(config.GetSection(QueueOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteMentionQueue>();
        services.TryAddSingleton<IMentionInbox>(provider => provider.GetRequiredService<SqliteMentionQueue>());
        services.TryAddSingleton<IMentionConsumer>(provider => provider.GetRequiredService<SqliteMentionQueue>());
        services.TryAddSingleton<IQueueMonitor>(provider => provider.GetRequiredService<SqliteMentionQueue>());
        services.TryAddSingleton<IDeadLetters>(provider => provider.GetRequiredService<SqliteMentionQueue>());
        return services;
    }

    /// <summary>Wraps the inbox registered so far (the queue, or a wrapper of it) in another that sources then write to.</summary>
    public static IServiceCollection DecorateInbox(this IServiceCollection services, Func<IServiceProvider, IMentionInbox, IMentionInbox> decorate)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IMentionInbox));
        services.Replace(ServiceDescriptor.Singleton(provider => decorate(provider, (IMentionInbox)(inner.ImplementationInstance
            ?? inner.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!)))));
        return services;
    }
}
