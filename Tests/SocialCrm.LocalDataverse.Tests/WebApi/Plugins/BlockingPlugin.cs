using System;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

/// <summary>
/// Holds a create of a profile named "block" until the test releases it, so a test can have a request in flight
/// while it sends another. Static because the environment creates the plug-in; only one test class uses it.
/// </summary>
public sealed class BlockingPlugin : IPlugin
{
    public static SemaphoreSlim Entered { get; } = new(0);

    public static SemaphoreSlim Release { get; } = new(0);

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is Entity target && target.GetAttributeValue<string>("test_name") == "block")
        {
            Entered.Release();
            if (!Release.Wait(TimeSpan.FromSeconds(30)))
            {
                throw new InvalidPluginExecutionException("The test never released the blocked request.");
            }
        }
    }
}
