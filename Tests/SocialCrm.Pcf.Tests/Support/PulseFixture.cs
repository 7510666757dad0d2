using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Pcf.Tests.Support;

/// <summary>
/// One demo environment and one browser for the whole test assembly: starting LocalDataverse from the zip and writing
/// the demo customer through the plug-ins is the slow part, and every test only reads.
/// </summary>
public static class PulseFixture
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PulseEnvironment? environment;
    private static PulseBrowser? browser;

    public static async Task<(PulseEnvironment Environment, PulseBrowser Browser)> StartAsync()
    {
        var chromium = Prerequisites.Chromium();
        var control = Prerequisites.SocialPulseBuild();
        await Gate.WaitAsync();
        try
        {
            environment ??= await PulseEnvironment.StartAsync(control);
            browser ??= await PulseBrowser.LaunchAsync(chromium);
            return (environment, browser);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (browser != null)
        {
            await browser.DisposeAsync();
            browser = null;
        }

        if (environment != null)
        {
            await environment.DisposeAsync();
            environment = null;
        }
    }
}
