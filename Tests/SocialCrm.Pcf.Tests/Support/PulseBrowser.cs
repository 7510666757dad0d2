using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Pcf.Tests.Support;

/// <summary>
/// Headless Debian Chromium driven by Playwright (launched by path: no browser is downloaded). Each test opens its own
/// page; screenshots go to the test's results.
/// </summary>
public sealed class PulseBrowser : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private PulseBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<PulseBrowser> LaunchAsync(string chromium)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = new[] { "--no-sandbox" } });
        return new PulseBrowser(playwright, browser);
    }

    /// <summary>A page of the given width whose clock reads <paramref name="now"/>, so waiting times are exact.</summary>
    public async Task<IPage> OpenAsync(Uri address, DateTimeOffset now, int width = 1280)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, Locale = "en-GB", TimezoneId = "UTC" });
        await page.Clock.SetFixedTimeAsync(now.UtcDateTime);
        await page.GotoAsync(address.ToString());
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, TestContext testContext, string name)
    {
        var path = Path.Combine(testContext.TestRunResultsDirectory ?? Path.GetTempPath(), $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        testContext.AddResultFile(path);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
