using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Packing;

[TestClass]
public sealed class ManagedVariantTests
{
    private const string ProfileMainForm = "Entities/scrm_SocialProfile/FormXml/main/{69bebb49-5506-41e1-a085-65499402ebc2}";

    [TestMethod]
    public void A_managed_variant_of_a_component_replaces_it_in_the_managed_zip_only()
    {
        var source = new SourceCopy();
        File.Copy(source.PathOf(ProfileMainForm + ".xml"), source.PathOf(ProfileMainForm + "_managed.xml"));
        source.Edit(ProfileMainForm + "_managed.xml", d => d.Descendants("LocalizedName").Single().SetAttributeValue("description", "Social Profile (managed)"));

        var result = source.Pack();

        Assert.AreEqual("Social Profile", FormName(new PackedZip(result.UnmanagedZip)));
        Assert.AreEqual("Social Profile (managed)", FormName(new PackedZip(result.ManagedZip)));
    }

    private static string FormName(PackedZip zip) =>
        zip.Customizations.Descendants("systemform")
            .Single(f => f.Element("formid")!.Value == "{69bebb49-5506-41e1-a085-65499402ebc2}")
            .Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value;
}
