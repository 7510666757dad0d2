using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Activity;

public static class ActivityExtensions
{
    /// <summary>Each source's totals and failures (sources.db beside the queue); after every wrapper of the inbox is registered.</summary>
    public static IServiceCollection AddSourceActivity(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteSourceActivity>();
        services.DecorateInbox((provider, inbox) => new ActivityRecordingInbox(inbox, provider.GetRequiredService<SqliteSourceActivity>()));
        return services;
    }
}
