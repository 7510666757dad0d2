using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Keeps a count in a field and traces it: the count grows only if the platform reuses the instance.</summary>
public sealed class CountingPlugin : IPlugin
{
    private int executions;

    public void Execute(IServiceProvider serviceProvider)
    {
        executions++;
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("execution {0}", executions);
    }
}
