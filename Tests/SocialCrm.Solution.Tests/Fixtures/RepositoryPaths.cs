using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>Where the solution source and the official schemas are, from the repository root the build recorded.</summary>
public static class RepositoryPaths
{
    public static string RepoRoot { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string SolutionSource { get; } = Path.Combine(RepoRoot, "Solution", "src");

    /// <summary>The configuration data shipped beside the zips (the seed escalation rules).</summary>
    public static string SolutionData { get; } = Path.Combine(RepoRoot, "Solution", "data");

    /// <summary>The net462 assemblies the solution embeds, as this configuration built them.</summary>
    public static string[] BuiltAssemblies { get; } =
    [
        SocialCrm.Tests.Shared.BuiltAssemblies.Net462("Plugins", "SocialCrm.Plugins"),
        SocialCrm.Tests.Shared.BuiltAssemblies.Net462("WorkflowActivities", "SocialCrm.WorkflowActivities"),
    ];

    /// <summary>shared/schemas above the repository: Microsoft's schemas, read in place and never copied into the repo.
    /// Found by searching upwards, since a git worktree may sit deeper than the main checkout; a test that reads it is
    /// Inconclusive when it is missing (see BuiltAssemblies.SharedFile), so it is looked up on use.</summary>
    public static string Schemas =>
        Path.GetDirectoryName(SocialCrm.Tests.Shared.BuiltAssemblies.SharedFile(Path.Combine("schemas", "FormXml.xsd")))!;

    public static string NewTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "socialcrm-solution-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
