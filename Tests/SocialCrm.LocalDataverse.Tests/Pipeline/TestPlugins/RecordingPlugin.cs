using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Records its execution context under the key given as unsecure configuration, and traces what it ran for.</summary>
public sealed class RecordingPlugin : IPlugin
{
    private readonly string key;

    public RecordingPlugin(string unsecure, string secure)
    {
        key = unsecure;
        Secure = secure;
    }

    public string Secure { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext7)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("{0} {1} at stage {2}, secure '{3}'", context.MessageName, context.PrimaryEntityName, context.Stage, Secure);
        Recorder.Add(key, context);
    }
}
