using System;
using System.IO;
using Microsoft.Extensions.Configuration;

namespace SocialCrm.Integration.Hosting;

/// <summary>
/// Where `socialcrm` reads its settings, later sources winning: appsettings.json beside the program (the shipped
/// defaults), appsettings.json in the working directory, environment variables (SOCIALCRM_DataverseSink__Url), then
/// whatever the caller adds (tests use it to point at their own folders and ports).
/// </summary>
public static class SocialCrmConfiguration
{
    public const string EnvironmentPrefix = "SOCIALCRM_";

    public static void Apply(IConfigurationManager configuration, Action<IConfigurationBuilder>? overrides)
    {
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        overrides?.Invoke(configuration);
    }
}
