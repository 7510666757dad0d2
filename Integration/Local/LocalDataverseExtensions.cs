using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCrm.Integration.Local;

public static class LocalDataverseExtensions
{
    /// <summary>
    /// The local default, added only when DataverseSink has no Url. Reads:
    /// <code>"LocalDataverse": { "HostPath": null, "Solution": null, "DataFolder": "data/dataverse", "Port": 0, "StartupTimeout": "00:03:00" }</code>
    /// </summary>
    public static IServiceCollection AddLocalDataverse(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<LocalDataverseOptions>().Bind(config.GetSection(LocalDataverseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(LocalDataverseProcess));
        services.AddHostedService<LocalDataverseProcess>();
        return services;
    }
}
