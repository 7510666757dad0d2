using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Traces, then rejects the operation with the message given as unsecure configuration.</summary>
public sealed class ThrowingPlugin : IPlugin
{
    private readonly string message;

    public ThrowingPlugin(string unsecure, string secure)
    {
        message = unsecure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("about to refuse");
        throw new InvalidPluginExecutionException(message);
    }
}
