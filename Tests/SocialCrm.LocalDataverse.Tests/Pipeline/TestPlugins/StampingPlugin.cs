using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Sets test_name to its unsecure configuration on Target, or on every entity of Targets.</summary>
public sealed class StampingPlugin : IPlugin
{
    private readonly string stamp;

    public StampingPlugin(string unsecure, string secure)
    {
        stamp = unsecure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity)
        {
            entity["test_name"] = stamp;
        }

        if (context.InputParameters.TryGetValue("Targets", out var targets) && targets is EntityCollection collection)
        {
            foreach (var each in collection.Entities)
            {
                each["test_name"] = stamp;
            }
        }

        context.SharedVariables["stamped"] = stamp;
    }
}
