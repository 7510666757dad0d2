using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Writes through the telemetry ILogger the platform provides.</summary>
public sealed class LoggingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var logger = (ILogger)serviceProvider.GetService(typeof(ILogger))!;
        logger.LogWarning("follower count {0} looks odd", 42);
    }
}
