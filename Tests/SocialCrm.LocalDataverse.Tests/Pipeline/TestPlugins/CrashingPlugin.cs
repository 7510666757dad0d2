using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Fails the way a bug does: with an exception that is not InvalidPluginExecutionException.</summary>
public sealed class CrashingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidOperationException("the plug-in has a bug");
}
