using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Pcf.Tests.Support;

/// <summary>
/// What the browser tests need beyond .NET: Debian's Chromium and the control built by npm. On a plain machine their
/// absence makes a test Inconclusive, naming what is missing; with SOCIALCRM_REQUIRE_SHARED=1 (set by .ci/run) it fails.
/// </summary>
public static class Prerequisites
{
    public const string RequireVariable = "SOCIALCRM_REQUIRE_SHARED";

    /// <summary>The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static string Chromium()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path) ? path : Missing($"Chromium is not installed at {path} (Debian: apt-get install -y chromium, or set CHROMIUM_PATH).");
    }

    /// <summary>The folder pcf-scripts built the SocialPulse control into (ControlManifest.xml, bundle.js, css/).</summary>
    public static string SocialPulseBuild()
    {
        var folder = Path.Combine(BuiltAssemblies.RepoRoot, "Controls", "SocialPulse", "out", "controls", "SocialPulse");
        return File.Exists(Path.Combine(folder, "bundle.js"))
            ? folder
            : Missing($"The SocialPulse control is not built: {folder} has no bundle.js (install Node.js and npm, then dotnet build Controls).");
    }

    private static string Missing(string what)
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail(what);
        }

        Assert.Inconclusive(what);
        return what;
    }
}
