using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

/// <summary>Rejects a profile named "reject" the way plug-ins reject bad input: InvalidPluginExecutionException naming the field.</summary>
public sealed class RejectingPlugin : IPlugin
{
    public const string Message = "test_name must not be 'reject'.";

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters.TryGetValue("Target", out var value) && value is Entity target && target.GetAttributeValue<string>("test_name") == "reject")
        {
            throw new InvalidPluginExecutionException(Message);
        }
    }
}
