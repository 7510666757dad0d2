using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Pcf.Tests.Support;

namespace SocialCrm.Pcf.Tests.SocialPulse;

/// <summary>An agent whose security roles do not grant read on mentions: the Web API answers 403, the pulse says so.</summary>
[TestClass]
public sealed class SocialPulseWithoutReadOnMentionsTests
{
    private static PulseEnvironment environment = null!;
    private static PulseBrowser browser = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext _) => (environment, browser) = await PulseFixture.StartAsync();

    [TestMethod]
    public async Task Timeline_shows_a_permission_error_while_the_other_panels_still_load()
    {
        var page = await browser.OpenAsync(environment.PageOf("contact", environment.Demo.ContactId, environment.Restricted), environment.SeededAt);
        var statuses = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/scrm_mentions", System.StringComparison.Ordinal))
            {
                statuses.Add(response.Status);
            }
        };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.ReloadAsync();
        var pulse = new PulsePage(page);

        var states = await pulse.SettledPanelsAsync("timeline", "conversations", "profiles");
        Assert.AreEqual("error", states["timeline"]);
        Assert.AreEqual("ready", states["conversations"], "conversations are readable");
        Assert.AreEqual("ready", states["profiles"], "profiles are readable");
        // The first load's request may answer after the listener is attached, so the reload's is not alone.
        Assert.IsTrue(statuses.Count > 0 && statuses.TrueForAll(s => s == 403), "the Web API refused the mentions requests: " + string.Join(", ", statuses));
        var alert = pulse.Panel("timeline").Locator("[role='alert']");
        StringAssert.Contains(await alert.InnerTextAsync(), "You don't have permission to read mentions");
        Assert.AreEqual(0, errors.Count, string.Join("; ", errors));
        await PulseBrowser.ScreenshotAsync(page, TestContext, "social-pulse-no-mention-access");
    }
}
