using System;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCrm.Integration.Queue.RabbitMq;

namespace SocialCrm.Integration.Queue;

public static class QueueExtensions
{
    /// <summary>The key of the queue's own inbox, which decorators of <see cref="IMentionInbox"/> wrap.</summary>
    public const string DurableInbox = "durable";

    /// <summary>
    /// The durable mention queue, registered by role: the inbox for sources, the consumer for the sink, the monitor for
    /// `status` and health, the dead letters for `deadletter`. Queue:Kind picks SQLite (the default) or RabbitMQ. Reads:
    /// <code>
    /// "Queue": { "Kind": "Sqlite", "Path": "data/queue.db", "LeaseDuration": "00:01:00",
    ///            "RabbitMq": { "Uri": "amqp://localhost:5672/", "Partitions": 8, "Prefetch": 250, "Prefix": "socialcrm",
    ///                          "QueueType": "Classic", "DeliveryLimit": null,
    ///                          "ManagementUri": "http://localhost:15672/" } }
    /// </code>
    /// </summary>
    public static IServiceCollection AddMentionQueue(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<QueueOptions>().Bind(config.GetSection(QueueOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        return config.GetSection(QueueOptions.Section).GetValue<QueueKind>(nameof(QueueOptions.Kind)) == QueueKind.RabbitMq
            ? services.AddRabbitMqQueue(config)
            : services.AddSqliteQueue();
    }

    private static IServiceCollection AddSqliteQueue(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteMentionQueue>();
        return services.AddRoles<SqliteMentionQueue, SqliteMentionQueue, SqliteMentionQueue, SqliteMentionQueue>();
    }

    private static IServiceCollection AddRabbitMqQueue(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<RabbitMqOptions>().Bind(config.GetSection(RabbitMqOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<RabbitMqConnection>();
        services.AddHttpClient(RabbitMqManagementClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<RabbitMqManagementClient>();
        services.TryAddSingleton<RabbitMqMentionInbox>();
        services.TryAddSingleton<RabbitMqMentionConsumer>();
        services.TryAddSingleton<RabbitMqQueueMonitor>();
        services.TryAddSingleton<RabbitMqDeadLetters>();
        services.AddHostedService<RabbitMqTopologyCheck>();
        return services.AddRoles<RabbitMqMentionInbox, RabbitMqMentionConsumer, RabbitMqQueueMonitor, RabbitMqDeadLetters>();
    }

    private static IServiceCollection AddRoles<TInbox, TConsumer, TMonitor, TDeadLetters>(this IServiceCollection services)
        where TInbox : class, IMentionInbox
        where TConsumer : class, IMentionConsumer
        where TMonitor : class, IQueueMonitor
        where TDeadLetters : class, IDeadLetters
    {
        services.TryAddKeyedSingleton<IMentionInbox>(DurableInbox, (provider, _) => provider.GetRequiredService<TInbox>());
        services.TryAddSingleton<IMentionInbox>(provider => provider.GetRequiredKeyedService<IMentionInbox>(DurableInbox));
        services.TryAddSingleton<IMentionConsumer>(provider => provider.GetRequiredService<TConsumer>());
        services.TryAddSingleton<IQueueMonitor>(provider => provider.GetRequiredService<TMonitor>());
        services.TryAddSingleton<IDeadLetters>(provider => provider.GetRequiredService<TDeadLetters>());
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
