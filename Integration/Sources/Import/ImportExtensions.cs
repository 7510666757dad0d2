using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Import;

public static class ImportExtensions
{
    /// <summary>The file source behind `socialcrm import`. Reads no configuration of its own; it queues into "Queue".</summary>
    public static IServiceCollection AddFileImport(this IServiceCollection services)
    {
        services.AddMentionEdge();
        services.AddSingleton<MentionFileImporter>();
        return services;
    }
}
