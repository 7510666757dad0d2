using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SocialCrm.Integration.Local;

/// <summary>
/// Where the build put what the local default needs. The project file records the paths as assembly metadata: the
/// LocalDataverse host (built first through a build-only project reference, never referenced as code) and the solution.
/// </summary>
public static class BuildLayout
{
    public static string LocalDataverseHost => Metadata("LocalDataverseHost");

    /// <summary>The configuration this build used (Debug for a plain `dotnet run`), so its sibling builds are the ones to pick.</summary>
    public static string Configuration => Metadata("BuildConfiguration");

    /// <summary>The newest unmanaged zip the Solution build packed, else the unpacked source folder.</summary>
    public static string Solution
    {
        get
        {
            var zips = Directory.Exists(Metadata("SolutionOutput"))
                ? Directory.GetFiles(Metadata("SolutionOutput"), "SocialCrm_*_unmanaged.zip").OrderByDescending(File.GetLastWriteTimeUtc).ToArray()
                : [];
            return zips.FirstOrDefault() ?? Metadata("SolutionSource");
        }
    }

    /// <summary>The folder pcf-scripts built the SocialPulse control into (ControlManifest.xml, bundle.js).</summary>
    public static string SocialPulseControl => Metadata("SocialPulseControl");

    private static string Metadata(string key) =>
        typeof(BuildLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The build recorded no '{key}'; set it under LocalDataverse in appsettings.json.");
}
