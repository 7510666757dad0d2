using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

/// <summary>The main operation of the test_Echo and test_Length Custom APIs: the text's length, the text in capitals, the profile it was given.</summary>
public sealed class EchoPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var text = (string)context.InputParameters["Text"];
        context.OutputParameters["Length"] = text.Length;
        if (context.MessageName == "test_Echo")
        {
            context.OutputParameters["Shout"] = text.ToUpperInvariant();
            context.OutputParameters["Profile"] = context.InputParameters.TryGetValue("Profile", out var profile) ? profile : null;
        }
    }
}
