using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;
using SocialCrm.Pcf.Tests.Support;

namespace SocialCrm.Pcf.Tests.Solution;

/// <summary>
/// The zip an admin imports carries the control as an exported solution does (Controls/&lt;name&gt;/ with the built
/// manifest and bundle, a CustomControl in customizations.xml, root component 66) and binds it on both forms.
/// </summary>
[TestClass]
public sealed class SocialPulseInTheSolutionZipTests
{
    private const string Name = PulseEnvironment.ControlName;

    [TestMethod]
    public void Zip_carries_the_built_manifest_and_every_resource_it_declares_byte_for_byte()
    {
        var build = Prerequisites.SocialPulseBuild();
        using var zip = ZipFile.OpenRead(SolutionZips.Managed);

        var manifest = Read(zip, $"Controls/{Name}/ControlManifest.xml");
        var declared = XDocument.Parse(manifest).Root!.Element("control")!.Element("resources")!.Elements().Select(r => (string)r.Attribute("path")!).ToList();
        CollectionAssert.Contains(declared, "bundle.js");
        foreach (var path in declared.Prepend("ControlManifest.xml"))
        {
            var entry = zip.GetEntry($"Controls/{Name}/{path}") ?? throw new AssertFailedException($"the zip lacks Controls/{Name}/{path}");
            using var content = new MemoryStream();
            entry.Open().CopyTo(content);
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(build, path)), content.ToArray(), path);
        }
    }

    [TestMethod]
    public void Customizations_and_manifest_declare_the_control_as_a_custom_control_root_component()
    {
        Prerequisites.SocialPulseBuild();
        using var zip = ZipFile.OpenRead(SolutionZips.Managed);

        var control = XDocument.Parse(Read(zip, "customizations.xml")).Root!.Element("CustomControls")!.Elements("CustomControl").Single();
        Assert.AreEqual(Name, (string?)control.Element("Name"));
        Assert.AreEqual($"/Controls/{Name}/ControlManifest.xml", (string?)control.Element("FileName"));
        Assert.IsNotNull(zip.GetEntry(((string)control.Element("FileName")!).TrimStart('/')), "FileName points at an entry of the zip");

        // Component type 66 is CustomControl: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent
        var roots = XDocument.Parse(Read(zip, "solution.xml")).Descendants("RootComponent");
        Assert.AreEqual(1, roots.Count(r => (string?)r.Attribute("type") == "66" && (string?)r.Attribute("schemaName") == Name));
    }

    [TestMethod]
    [DataRow("contact", "fullname", DisplayName = "contact form, Social tab")]
    [DataRow("scrm_conversation", "scrm_name", DisplayName = "conversation form")]
    public void Main_form_binds_the_control_on_every_form_factor_to_a_cell_of_the_form(string table, string column)
    {
        using var zip = ZipFile.OpenRead(SolutionZips.Managed);
        var entity = XDocument.Parse(Read(zip, "customizations.xml")).Root!.Element("Entities")!.Elements("Entity")
            .Single(e => string.Equals((string?)e.Element("Name"), table, StringComparison.OrdinalIgnoreCase));
        var form = entity.Descendants("systemform").Single(f => f.Parent?.Attribute("type")?.Value == "main").Element("form")!;

        var description = form.Element("controlDescriptions")!.Elements("controlDescription")
            .Single(d => d.Elements("customControl").Any(c => (string?)c.Attribute("name") == Name));
        var cellControl = form.Descendants("control").Single(c => (string?)c.Attribute("uniqueid") == (string?)description.Attribute("forControl"));
        Assert.AreEqual(column, (string?)cellControl.Attribute("datafieldname"));
        var factors = description.Elements("customControl").Where(c => (string?)c.Attribute("name") == Name).ToList();
        CollectionAssert.AreEquivalent(new[] { "0", "1", "2" }, factors.Select(c => (string?)c.Attribute("formFactor")).ToList());
        Assert.IsTrue(factors.All(c => (string?)c.Element("parameters")?.Element("anchor") == column), "the bound property names the cell's column");
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader((zip.GetEntry(entry) ?? throw new AssertFailedException($"the zip lacks {entry}")).Open());
        return reader.ReadToEnd();
    }
}
