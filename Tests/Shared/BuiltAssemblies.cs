using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SocialCrm.Tests.Shared;

/// <summary>Locates the repository, shared/, the built net462 binaries and the net462 reference pack, for tests that read binaries as metadata.</summary>
public static class BuiltAssemblies
{
    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>The build configuration the tests were built in (Debug or Release).</summary>
    public static string Configuration => Metadata("Configuration");

        public static string SharedReference(string file) => SharedFile(Path.Combine("reference", file));

    /// <summary>A file of shared/ (e.g. "schemas/FormXml.xsd"), from the nearest folder above the repository that has one
    /// (a git worktree may sit deeper than the main checkout).</summary>
    public static string SharedFile(string relativePath)
    {
        for (var dir = Directory.GetParent(Path.GetFullPath(RepoRoot).TrimEnd(Path.DirectorySeparatorChar)); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"No shared/{relativePath} above {RepoRoot}.");
    }

    public static string Net462(string projectDir, string assemblyName) =>
        Path.Combine(RepoRoot, projectDir, "bin", Configuration, "net462", assemblyName + ".dll");

    /// <summary>A load context that resolves against the .NET Framework 4.6.2 reference pack and the given binaries.</summary>
    public static MetadataLoadContext Net462Context(params string[] assemblies)
    {
        var framework = Directory.GetFiles(Metadata("NetFx462ReferenceDir"), "*.dll")
            .Concat(Directory.GetFiles(Path.Combine(Metadata("NetFx462ReferenceDir"), "Facades"), "*.dll"));
        var resolver = new PathAssemblyResolver(framework.Concat(assemblies));
        return new MetadataLoadContext(resolver, "mscorlib");
    }

    private static string Metadata(string key) =>
        typeof(BuiltAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
