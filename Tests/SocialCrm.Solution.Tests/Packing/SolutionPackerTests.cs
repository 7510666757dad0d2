using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Solution.Writing;

namespace SocialCrm.Solution.Tests.Packing;

[TestClass]
public sealed class SolutionPackerTests
{
    [TestMethod]
    public void The_zips_are_named_after_the_solution_and_the_version_in_Solution_xml()
    {
        var result = PackedSolution.Current.Result;

        Assert.AreEqual("SocialCrm_1_0_0_0_unmanaged.zip", Path.GetFileName(result.UnmanagedZip));
        Assert.AreEqual("SocialCrm_1_0_0_0_managed.zip", Path.GetFileName(result.ManagedZip));
        Assert.AreEqual("1.0.0.0", result.Version);
    }

    [TestMethod]
    [DataRow(PackageKind.Unmanaged, DisplayName = "unmanaged zip")]
    [DataRow(PackageKind.Managed, DisplayName = "managed zip")]
    public void The_zip_holds_the_manifest_the_customizations_every_copied_component_file_and_the_generated_Custom_APIs(PackageKind kind)
    {
        var copied = Directory.EnumerateFiles(RepositoryPaths.SolutionSource, "*.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.SolutionSource, f).Replace('\\', '/'))
            .Where(f => f.StartsWith("environmentvariabledefinitions/", StringComparison.Ordinal));

        var entries = PackedSolution.Current.Zip(kind).Entries;
        var customApis = entries.Where(e => e.StartsWith("customapis/", StringComparison.Ordinal)).ToList();

        var files = new[]
        {
            "WebResources/scrm_/escalationrule/testcommand.js",
            "PluginAssemblies/SocialCrm.Plugins-3CA03A31-9C70-41B7-B450-96426C03A01F/SocialCrm.Plugins.dll",
            "PluginAssemblies/SocialCrm.WorkflowActivities-B1AD8755-3272-44DF-89E8-2EA47F4D18AE/SocialCrm.WorkflowActivities.dll",
        };
        CollectionAssert.AreEquivalent(copied.Concat(customApis).Concat(files).Concat(new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }).ToList(), entries.ToList());
        Assert.AreEqual(3 + 8 + 39 + 2 + 1, entries.Count(e => e.Contains('/')), "three environment variables, eight Custom APIs with thirty-nine parameters and properties, two assemblies, one web resource");
    }

    [TestMethod]
    public void The_seed_rules_travel_beside_the_zips_as_a_Configuration_Migration_tool_data_package()
    {
        var data = PackedSolution.Current.Result.DataZip!;
        using var zip = System.IO.Compression.ZipFile.OpenRead(data);

        Assert.AreEqual("SocialCrm_1_0_0_0_data.zip", Path.GetFileName(data));
        CollectionAssert.AreEqual(new[] { "[Content_Types].xml", "data.xml", "data_schema.xml" }, zip.Entries.Select(e => e.FullName).ToList());
        Assert.IsTrue(zip.Entries.All(e => e.LastWriteTime.DateTime == SolutionZipWriter.EntryTime.DateTime));
        var records = XDocument.Load(zip.GetEntry("data.xml")!.Open()).Descendants("record").ToList();
        Assert.HasCount(10, records, "the ten seed escalation rules");
    }

    [TestMethod]
    public void A_data_folder_without_data_xml_is_refused_naming_the_file_and_nothing_is_written()
    {
        var folder = RepositoryPaths.NewTemporaryFolder();
        File.Copy(Path.Combine(RepositoryPaths.SolutionData, "data_schema.xml"), Path.Combine(folder, "data_schema.xml"));
        File.Copy(Path.Combine(RepositoryPaths.SolutionData, "[Content_Types].xml"), Path.Combine(folder, "[Content_Types].xml"));
        var output = RepositoryPaths.NewTemporaryFolder();

        var error = Assert.ThrowsExactly<SolutionValidationException>(() =>
            SolutionPacker.Pack(RepositoryPaths.SolutionSource, output, RepositoryPaths.BuiltAssemblies, dataDirectory: folder));

        Assert.AreEqual("data.xml", error.Problems.Single().Element);
        Assert.IsEmpty(Directory.GetFiles(output));
    }

    [TestMethod]
    public void Entries_come_content_types_first_then_in_ordinal_order_with_one_fixed_time()
    {
        var zip = PackedSolution.Current.Unmanaged;

        Assert.AreEqual(ContentTypesComposer.EntryName, zip.Entries[0]);
        CollectionAssert.AreEqual(zip.Entries.Skip(1).OrderBy(e => e, StringComparer.Ordinal).ToList(), zip.Entries.Skip(1).ToList());
        Assert.IsTrue(zip.Timestamps.All(t => t.DateTime == SolutionZipWriter.EntryTime.DateTime), string.Join(", ", zip.Timestamps.Distinct()));
    }

    [TestMethod]
    public void Content_types_declare_every_extension_in_the_zip_as_octet_stream()
    {
        var types = PackedSolution.Current.Unmanaged.Xml(ContentTypesComposer.EntryName).Root!;

        var defaults = types.Elements().Select(d => (d.Attribute("Extension")!.Value, d.Attribute("ContentType")!.Value)).ToList();

        CollectionAssert.AreEqual(new[] { ("dll", "application/octet-stream"), ("js", "application/octet-stream"), ("xml", "application/octet-stream") }, defaults);
    }

    [TestMethod]
    public void Two_packs_of_the_same_source_are_byte_identical()
    {
        var first = SolutionPacker.Pack(RepositoryPaths.SolutionSource, RepositoryPaths.NewTemporaryFolder(), RepositoryPaths.BuiltAssemblies);
        var second = SolutionPacker.Pack(RepositoryPaths.SolutionSource, RepositoryPaths.NewTemporaryFolder(), RepositoryPaths.BuiltAssemblies);

        CollectionAssert.AreEqual(File.ReadAllBytes(first.UnmanagedZip), File.ReadAllBytes(second.UnmanagedZip));
        CollectionAssert.AreEqual(File.ReadAllBytes(first.ManagedZip), File.ReadAllBytes(second.ManagedZip));
    }

    [TestMethod]
    public void Managed_and_unmanaged_zips_differ_only_in_the_managed_flag_of_solution_xml()
    {
        var unmanaged = PackedSolution.Current.Unmanaged;
        var managed = PackedSolution.Current.Managed;

        var differing = unmanaged.Entries.Where(e => !unmanaged.Contents[e].SequenceEqual(managed.Contents[e])).ToList();
        var withoutFlag = (Func<XDocument, string>)(d =>
        {
            var copy = new XDocument(d);
            copy.Descendants("Managed").Remove();
            return copy.ToString();
        });

        CollectionAssert.AreEqual(unmanaged.Entries.ToList(), managed.Entries.ToList());
        CollectionAssert.AreEqual(new[] { "solution.xml" }, differing);
        Assert.AreEqual("0", unmanaged.Manifest.Descendants("Managed").Single().Value);
        Assert.AreEqual("1", managed.Manifest.Descendants("Managed").Single().Value);
        Assert.AreEqual(withoutFlag(unmanaged.Manifest), withoutFlag(managed.Manifest));
    }

    [TestMethod]
    public void The_build_entry_point_packs_both_zips_and_reports_problems_as_build_errors()
    {
        var source = new SourceCopy().Edit("OptionSets/scrm_direction.xml", d => d.Descendants("option").First().SetAttributeValue("value", "7"));
        var output = RepositoryPaths.NewTemporaryFolder();
        var writer = new StringWriter();
        var original = Console.Out;
        Console.SetOut(writer);
        int good, bad;
        try
        {
            good = EntryPoint(new[] { "pack", RepositoryPaths.SolutionSource, output }.Concat(RepositoryPaths.BuiltAssemblies).ToArray());
            bad = EntryPoint(new[] { "pack", source.Directory, output }.Concat(RepositoryPaths.BuiltAssemblies).ToArray());
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.AreEqual(0, good);
        Assert.AreEqual(1, bad);
        Assert.AreEqual(2, Directory.GetFiles(output, "*.zip").Length);
        StringAssert.Contains(writer.ToString(), Path.Combine(source.Directory, "OptionSets/scrm_direction.xml") + "(");
        StringAssert.Contains(writer.ToString(), "): error SCRMSOL: <option value=\"7\">");
    }

    private static int EntryPoint(string[] args) =>
        (int)typeof(SolutionPacker).Assembly.EntryPoint!.Invoke(null, new object[] { args })!;
}
