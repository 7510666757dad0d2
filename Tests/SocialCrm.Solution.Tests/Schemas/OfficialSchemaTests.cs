using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Schemas;

[TestClass]
public sealed class OfficialSchemaTests
{
    [TestMethod]
    [DataRow(PackageKind.Unmanaged, DisplayName = "unmanaged zip")]
    [DataRow(PackageKind.Managed, DisplayName = "managed zip")]
    public void Customizations_xml_is_valid_against_CustomizationsSolution_xsd(PackageKind kind)
    {
        var errors = SchemaValidation.Errors(PackedSolution.Current.Zip(kind).Customizations.Root!, OfficialSchemas.Customizations);

        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    [DataRow(PackageKind.Unmanaged, DisplayName = "unmanaged zip")]
    [DataRow(PackageKind.Managed, DisplayName = "managed zip")]
    public void Every_form_is_valid_against_FormXml_xsd(PackageKind kind)
    {
        var forms = PackedSolution.Current.Zip(kind).Customizations.Descendants("systemform").ToList();

        var errors = forms.SelectMany(f => SchemaValidation.Errors(f.Element("form")!, OfficialSchemas.Form).Select(e => $"{f.Element("formid")!.Value}: {e}")).ToList();

        Assert.AreEqual(7, forms.Count, "main forms of the four tables, the profile quick create form, and the contact and case forms");
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void Every_view_fetch_is_valid_against_Fetch_xsd()
    {
        var views = PackedSolution.Current.Unmanaged.Customizations.Descendants("savedquery").ToList();

        var errors = views.SelectMany(v => SchemaValidation.Errors(v.Element("fetchxml")!.Element("fetch")!, OfficialSchemas.Fetch)
            .Select(e => $"{v.Element("savedqueryid")!.Value}: {e}")).ToList();

        Assert.AreEqual(28, views.Count, "six views of profiles, nine of conversations, seven of mentions and six of escalation rules");
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void The_chart_data_description_and_its_fetch_are_valid_against_their_schemas()
    {
        var chart = PackedSolution.Current.Unmanaged.Customizations.Descendants("visualization").Single();
        var definition = chart.Element("datadescription")!.Element("datadefinition")!;

        var errors = SchemaValidation.Errors(definition, OfficialSchemas.VisualizationDataDescription)
            .Concat(definition.Descendants("fetch").SelectMany(f => SchemaValidation.Errors(f, OfficialSchemas.Fetch)))
            .ToList();

        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void The_app_site_map_is_valid_against_SiteMap_xsd()
    {
        var siteMap = PackedSolution.Current.Unmanaged.Customizations.Descendants("AppModuleSiteMap").Single().Element("SiteMap")!;

        var errors = SchemaValidation.Errors(siteMap, OfficialSchemas.SiteMap);

        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void Only_the_tabs_added_to_Microsofts_contact_and_case_forms_carry_the_diff_marker()
    {
        var marked = PackedSolution.Current.Unmanaged.Customizations.Descendants()
            .Where(e => e.Attribute("solutionaction") != null)
            .Select(e => (Table: e.Ancestors("Entity").Single().Element("Name")!.Value, Element: e.Name.LocalName, Name: e.Attribute("name")?.Value, Action: e.Attribute("solutionaction")!.Value))
            .ToList();

        CollectionAssert.AreEquivalent(
            new[] { ("Contact", "tab", (string?)"scrm_social", "Added"), ("Incident", "tab", (string?)"scrm_social", "Added") },
            marked);
    }

    [TestMethod]
    [DataRow("solutionaction", "Bogus", DisplayName = "a diff marker with a value solutionactionType does not have")]
    [DataRow("notanattribute", "1", DisplayName = "an attribute FormXml.xsd does not declare")]
    public void A_form_attribute_the_schema_does_not_allow_is_reported(string attribute, string value)
    {
        var form = new XElement(PackedSolution.Current.Unmanaged.Customizations.Descendants("systemform").First().Element("form")!);
        form.Descendants("tab").First().SetAttributeValue(attribute, value);

        var errors = SchemaValidation.Errors(form, OfficialSchemas.Form);

        Assert.AreEqual(1, errors.Count, string.Join("\n", errors));
        StringAssert.Contains(errors[0], attribute);
    }

    [TestMethod]
    public void The_diff_marker_values_come_from_FormXml_xsd()
    {
        CollectionAssert.AreEquivalent(new[] { "Added", "Removed", "Modified" }, SchemaValidation.SolutionActionValues(OfficialSchemas.Form).ToList());
    }
}
