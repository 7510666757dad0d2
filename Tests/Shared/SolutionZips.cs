using System.IO;
using System.Linq;

namespace SocialCrm.Tests.Shared;

/// <summary>The zips `dotnet build Solution` wrote for this configuration: the files an admin imports.</summary>
public static class SolutionZips
{
    public static string Managed => Single("*_managed.zip");

    public static string Unmanaged => Single("*_unmanaged.zip");

    /// <summary>The configuration data package shipped beside the zips: the seed escalation rules.</summary>
    public static string Data => Single("*_data.zip");

    private static string Single(string pattern) =>
        Directory.GetFiles(Path.Combine(BuiltAssemblies.RepoRoot, "Solution", "bin", BuiltAssemblies.Configuration), pattern).Single();
}
