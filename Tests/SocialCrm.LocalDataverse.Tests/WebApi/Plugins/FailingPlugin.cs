using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

/// <summary>A plug-in with a bug: it throws something other than InvalidPluginExecutionException.</summary>
public sealed class FailingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidOperationException("the plug-in's own bug");
}
