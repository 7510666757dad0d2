using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>The main operation of a test Custom API: Text in, Length out.</summary>
public sealed class LengthApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var text = (string)context.InputParameters["Text"];
        if (text == "fail")
        {
            throw new InvalidPluginExecutionException("Text must not be 'fail'.");
        }

        context.OutputParameters["Length"] = text.Length;
    }
}
