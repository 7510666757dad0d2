using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;

namespace SocialCrm.Integration.Sources;

public static class SourceIntakeExtensions
{
    /// <summary>The intake every network source hands what it read to: the edge, the removals and edits, the queue
    /// (after AddMentionQueue). Each source adds it.</summary>
    public static IServiceCollection AddSourceIntake(this IServiceCollection services, IConfiguration config)
    {
        services.AddMentionEdge();
        services.AddMentionRemovals(config);
        services.TryAddSingleton<SourceIntake>();
        return services;
    }
}
