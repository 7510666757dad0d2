using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SocialCrm.Sdk.Tests.Surface;

/// <summary>Locates the net462 binaries and the net462 reference pack that the identity and surface tests read.</summary>
public static class SdkBinaries
{
    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>A file of shared/reference, from the nearest folder above the repository that has one (a git worktree
    /// may sit deeper than the main checkout).</summary>
    public static string SharedReference(string file)
    {
        for (var dir = Directory.GetParent(Path.GetFullPath(RepoRoot).TrimEnd(Path.DirectorySeparatorChar)); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"No shared/reference/{file} above {RepoRoot}.");
    }

    public static string Net462(string projectDir, string assemblyName) =>
        Path.Combine(RepoRoot, projectDir, "bin", Metadata("Configuration"), "net462", assemblyName + ".dll");

    /// <summary>A load context that resolves against the .NET Framework 4.6.2 reference pack and the given binaries.</summary>
    public static MetadataLoadContext Net462Context(params string[] assemblies)
    {
        var framework = Directory.GetFiles(Metadata("NetFx462ReferenceDir"), "*.dll")
            .Concat(Directory.GetFiles(Path.Combine(Metadata("NetFx462ReferenceDir"), "Facades"), "*.dll"));
        var resolver = new PathAssemblyResolver(framework.Concat(assemblies));
        return new MetadataLoadContext(resolver, "mscorlib");
    }

    private static string Metadata(string key) =>
        typeof(SdkBinaries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
