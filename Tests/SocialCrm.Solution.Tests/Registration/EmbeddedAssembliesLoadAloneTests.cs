using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Solution.Tests.Registration;

/// <summary>
/// Dataverse loads each registered plug-in assembly on its own, with only the SDK and the .NET Framework beside it
/// (https://learn.microsoft.com/power-apps/developer/data-platform/build-and-package#dependent-assemblies), so an
/// embedded assembly that references another one fails to load there.
/// </summary>
[TestClass]
public sealed class EmbeddedAssembliesLoadAloneTests
{
    private static readonly string[] Sdk = { "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Workflow", "Microsoft.Crm.Sdk.Proxy" };

    [TestMethod]
    [DataRow(PackageKind.Unmanaged)]
    [DataRow(PackageKind.Managed)]
    public void Every_embedded_assembly_references_only_the_SDK_and_the_framework(PackageKind kind)
    {
        var zip = PackedSolution.Current.Zip(kind);
        var embedded = zip.Entries.Where(e => e.StartsWith("PluginAssemblies/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.AreEqual(2, embedded.Count, "the solution embeds the plug-in and the workflow assembly");

        var allowed = new HashSet<string>(Sdk.Concat(BuiltAssemblies.Net462FrameworkAssemblyNames()), StringComparer.OrdinalIgnoreCase);
        foreach (var entry in embedded)
        {
            var foreign = References(zip.Contents[entry]).Where(r => !allowed.Contains(r)).ToList();
            Assert.AreEqual(0, foreign.Count, $"{entry} references {string.Join(", ", foreign)}, which Dataverse does not load beside it");
        }
    }

    private static IEnumerable<string> References(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToList();
    }
}
