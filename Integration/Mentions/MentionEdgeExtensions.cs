using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialCrm.Integration.Mentions;

public static class MentionEdgeExtensions
{
    /// <summary>The edge every source passes mentions through. Reads no configuration.</summary>
    public static IServiceCollection AddMentionEdge(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MentionNormalizer>();
        return services;
    }
}
