using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Tests.Shared;

/// <summary>Locates the repository, shared/, the built net462 binaries and the net462 reference pack, for tests that read binaries as metadata.</summary>
public static class BuiltAssemblies
{
    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>The build configuration the tests were built in (Debug or Release).</summary>
    public static string Configuration => Metadata("Configuration");

    public static string SharedReference(string file) => SharedFile(Path.Combine("reference", file));

    /// <summary>Set to 1 (as .ci/run does) to fail, not skip, the tests that read shared/ when it is missing.</summary>
    public const string RequireSharedVariable = "SOCIALCRM_REQUIRE_SHARED";

    /// <summary>
    /// A file of shared/ (e.g. "schemas/FormXml.xsd"), from the nearest folder above the repository that has one (a git
    /// worktree may sit deeper than the main checkout). shared/ is the team's reference material beside the clone, not
    /// part of it: without it the calling test is Inconclusive, naming the folder, unless <see cref="RequireSharedVariable"/> is 1.
    /// </summary>
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

        var folder = relativePath.Split('/', '\\')[0];
        var message = $"This test reads the reference folder shared/{folder} (../shared/{folder} beside the clone), and no folder above {RepoRoot} has shared/{relativePath}.";
        if (Environment.GetEnvironmentVariable(RequireSharedVariable) == "1")
        {
            Assert.Fail(message + $" {RequireSharedVariable}=1 requires it.");
        }

        Assert.Inconclusive(message);
        return string.Empty;
    }

    public static string Net462(string projectDir, string assemblyName) =>
        Path.Combine(RepoRoot, projectDir, "bin", Configuration, "net462", assemblyName + ".dll");

    /// <summary>A load context that resolves against the .NET Framework 4.6.2 reference pack and the given binaries.</summary>
    public static MetadataLoadContext Net462Context(params string[] assemblies)
    {
        var resolver = new PathAssemblyResolver(Net462Framework().Concat(assemblies));
        return new MetadataLoadContext(resolver, "mscorlib");
    }

    /// <summary>The names of the .NET Framework 4.6.2 assemblies (the reference pack and its facades).</summary>
    public static IEnumerable<string> Net462FrameworkAssemblyNames() => Net462Framework().Select(f => Path.GetFileNameWithoutExtension(f));

    private static IEnumerable<string> Net462Framework() =>
        Directory.GetFiles(Metadata("NetFx462ReferenceDir"), "*.dll")
            .Concat(Directory.GetFiles(Path.Combine(Metadata("NetFx462ReferenceDir"), "Facades"), "*.dll"));

    private static string Metadata(string key) =>
        typeof(BuiltAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
