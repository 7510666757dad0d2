using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialCrm.Integration.Sources.Access;

public static class AccessExtensions
{
    /// <summary>The accounts whose access was revoked (access.db beside the queue); after AddMentionQueue.</summary>
    public static IServiceCollection AddAccessRevocations(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteAccessRevocations>();
        return services;
    }
}
