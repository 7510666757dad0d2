using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCrm.Integration.Local;

public static class LocalDataverseExtensions
{
    /// <summary>
    /// The local default, added only when DataverseSink has no Url, and before the sink so that it stops after it. Reads:
    /// <code>"LocalDataverse": { "HostPath": null, "Solution": null, "DataFolder": "data/dataverse", "Port": 0, "StartupTimeout": "00:03:00" }</code>
    /// </summary>
    /// <param name="withheldVariablePrefix">The prefix of the worker's own environment variables, kept from the child.</param>
    public static IServiceCollection AddLocalDataverse(this IServiceCollection services, IConfiguration config, string withheldVariablePrefix)
    {
        services.AddOptions<LocalDataverseOptions>().Bind(config.GetSection(LocalDataverseOptions.Section))
            .PostConfigure(options => options.WithheldVariablePrefix = withheldVariablePrefix)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(LocalDataverseProcess));
        services.AddSingleton<LocalDataverseProcess>();
        services.AddHostedService(provider => provider.GetRequiredService<LocalDataverseProcess>());
        return services;
    }
}
