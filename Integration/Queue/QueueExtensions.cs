using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialCrm.Integration.Queue;

public static class QueueExtensions
{
    /// <summary>
    /// The durable mention queue (SQLite). Reads:
    /// <code>"Queue": { "Path": "data/queue.db", "LeaseDuration": "00:05:00", "MaxAttempts": 8, "RetryDelay": "00:00:15", "MaxRetryDelay": "01:00:00" }</code>
    /// </summary>
    public static IServiceCollection AddMentionQueue(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<QueueOptions>().Bind(config.GetSection(QueueOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteMentionQueue>();
        services.TryAddSingleton<IMentionQueue>(provider => provider.GetRequiredService<SqliteMentionQueue>());
        services.TryAddSingleton<IDeadLetters>(provider => provider.GetRequiredService<SqliteMentionQueue>());
        return services;
    }
}
