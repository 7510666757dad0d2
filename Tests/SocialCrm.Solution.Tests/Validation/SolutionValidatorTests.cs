using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Validation;

[TestClass]
public sealed class SolutionValidatorTests
{
    private const string MentionForm = "Entities/scrm_Mention/FormXml/main/{8944df54-5f19-4212-a1cf-11f93e566f08}.xml";
    private const string ContactForm = "Entities/Contact/FormXml/main/{1fed44d1-ae68-4a41-bd2b-f13acac4acfa}.xml";
    private const string ConversationLookupView = "Entities/scrm_Conversation/SavedQueries/{eb05c78c-38b2-4f29-a420-2b9fc2bda9bf}.xml";

    [TestMethod]
    [DataRow("form id", MentionForm, "<formid>", "{formid}.xml", DisplayName = "A form whose id differs from its file name")]
    [DataRow("unprefixed column", "Entities/scrm_SocialProfile/Entity.xml", "<attribute PhysicalName=\"Handle\">", "publisher prefix", DisplayName = "A column the solution adds without the publisher prefix")]
    [DataRow("option value", "OptionSets/scrm_platform.xml", "<option value=\"5\">", "publisher's range", DisplayName = "A choice value outside the publisher's range")]
    [DataRow("status value", "Entities/scrm_Conversation/Entity.xml", "<status value=\"3\">", "publisher's range", DisplayName = "A status reason value outside the publisher's range")]
    [DataRow("unlisted relationship", "Other/Relationships/Contact.xml", "<EntityRelationship Name=\"scrm_contact_scrm_socialprofile_contactid\">", "does not list it", DisplayName = "A relationship Relationships.xml does not list")]
    [DataRow("subgrid relationship", ContactForm, "<control id=\"scrm_SocialProfiles\">", "not defined", DisplayName = "A subgrid on a relationship the solution does not define")]
    [DataRow("missing lookup view", "Entities/scrm_Conversation/Entity.xml", "<Entity>", "lookup view", DisplayName = "A table without its default lookup view")]
    [DataRow("variable default", "environmentvariabledefinitions/scrm_ReopenWindowDays/environmentvariabledefinition.xml", "<defaultvalue>", "does not read", DisplayName = "An environment variable default that is not a number")]
    [DataRow("hand-written Custom API", "customapis/scrm_ScoreSentiment/customapi.xml", "(file)", "generated from the [PluginStep] and [CustomApi] attributes", DisplayName = "A Custom API written by hand beside its attribute")]
    [DataRow("hand-written step", "SdkMessageProcessingSteps/{5c0a4e2b-8f1d-4b6e-9a3c-7d2e1f0b6a49}.xml", "(file)", "generated from the [PluginStep] and [CustomApi] attributes", DisplayName = "A step written by hand beside its attribute")]
    [DataRow("missing root component", "environmentvariabledefinitions/scrm_ReopenWindowDays/environmentvariabledefinition.xml", "<environmentvariabledefinition schemaname=\"scrm_ReopenWindowDays\">", "RootComponent type=\"380\"", DisplayName = "A component Solution.xml does not list as a root component")]
    [DataRow("stale root component", "Other/Solution.xml", "<RootComponent type=\"380\">", "No component folder", DisplayName = "A root component no folder holds")]
    [DataRow("filled skeleton", "Other/Customizations.xml", "<Roles>", "Must stay empty", DisplayName = "A component put in the customizations skeleton")]
    [DataRow("duplicate id", "Roles/Social CRM Copy.xml", "<Role name=\"Social CRM Copy\">", "already used", DisplayName = "Two roles with one id")]
    [DataRow("unknown app component", "AppModules/scrm_SocialCrm/AppModule.xml", "<AppModuleComponent id=\"{5d0c1b7e-0f4a-4e8b-9a61-2c3d4e5f6a7b}\">", "does not contain", DisplayName = "An app component the solution does not contain")]
    [DataRow("malformed", "Roles/Social CRM Agent.xml", "(file)", "not well-formed", DisplayName = "A file that is not well-formed XML")]
    [DataRow("unknown file", "Entities/scrm_Mention/notes.txt", "(file)", "No component folder", DisplayName = "A file no component folder holds")]
    public void A_broken_source_is_refused_with_the_file_and_element_of_the_problem(string change, string file, string element, string message)
    {
        var source = new SourceCopy();
        Break(source, change);

        var problems = source.Problems();

        Assert.IsTrue(problems.Any(p => p.File == file && p.Element == element && p.Message.Contains(message, StringComparison.Ordinal)),
            $"expected {file}: {element}: ...{message}..., got:\n" + string.Join("\n", problems.Select(p => p.ToString())));
    }

    [TestMethod]
    public void A_problem_reads_as_file_line_element_and_message()
    {
        var problems = new SourceCopy().Edit("OptionSets/scrm_direction.xml", d => d.Descendants("option").First().SetAttributeValue("value", "7")).Problems();

        Assert.AreEqual("OptionSets/scrm_direction.xml(14): <option value=\"7\">: The value must lie in the publisher's range 746500000-746509999.", problems.Single().ToString());
    }

    [TestMethod]
    public void The_solution_source_in_the_repository_has_no_problems()
    {
        Assert.AreEqual(0, new SourceCopy().Problems().Length);
    }

    private static void Break(SourceCopy source, string change)
    {
        switch (change)
        {
            case "form id":
                source.Edit(MentionForm, d => d.Descendants("formid").Single().Value = Guid.NewGuid().ToString("B"));
                break;
            case "unprefixed column":
                source.Edit("Entities/scrm_SocialProfile/Entity.xml", d =>
                {
                    var handle = d.Descendants("attribute").Single(a => a.Attribute("PhysicalName")!.Value == "scrm_Handle");
                    handle.SetAttributeValue("PhysicalName", "Handle");
                    handle.Element("LogicalName")!.Value = "handle";
                });
                break;
            case "option value":
                source.Edit("OptionSets/scrm_platform.xml", d => d.Descendants("option").Last().SetAttributeValue("value", "5"));
                break;
            case "status value":
                source.Edit("Entities/scrm_Conversation/Entity.xml", d => d.Descendants("status").Last().SetAttributeValue("value", "3"));
                break;
            case "unlisted relationship":
                source.Edit("Other/Relationships.xml", d => d.Root!.Elements().First(e => e.Attribute("Name")!.Value == "scrm_contact_scrm_socialprofile_contactid").Remove());
                break;
            case "subgrid relationship":
                source.Edit(ContactForm, d => d.Descendants("RelationshipName").First().Value = "scrm_contact_scrm_nothing");
                break;
            case "missing lookup view":
                source.Delete(ConversationLookupView);
                source.Edit("AppModules/scrm_SocialCrm/AppModule.xml", d => d.Descendants("AppModuleComponent").Single(c => c.Attribute("id")?.Value == "{eb05c78c-38b2-4f29-a420-2b9fc2bda9bf}").Remove());
                break;
            case "variable default":
                source.Edit("environmentvariabledefinitions/scrm_ReopenWindowDays/environmentvariabledefinition.xml", d => d.Root!.Element("defaultvalue")!.Value = "three");
                break;
            case "hand-written Custom API":
                Directory.CreateDirectory(source.PathOf("customapis/scrm_ScoreSentiment"));
                File.WriteAllText(source.PathOf("customapis/scrm_ScoreSentiment/customapi.xml"), "<customapi uniquename=\"scrm_ScoreSentiment\" />");
                break;
            case "hand-written step":
                Directory.CreateDirectory(source.PathOf("SdkMessageProcessingSteps"));
                File.WriteAllText(source.PathOf("SdkMessageProcessingSteps/{5c0a4e2b-8f1d-4b6e-9a3c-7d2e1f0b6a49}.xml"), "<SdkMessageProcessingStep SdkMessageProcessingStepId=\"{5c0a4e2b-8f1d-4b6e-9a3c-7d2e1f0b6a49}\" />");
                break;
            case "missing root component":
                source.Edit("Other/Solution.xml", d => d.Descendants("RootComponent").Single(r => r.Attribute("schemaName")?.Value == "scrm_ReopenWindowDays").Remove());
                break;
            case "stale root component":
                Directory.Delete(source.PathOf("environmentvariabledefinitions/scrm_ReopenWindowDays"), true);
                break;
            case "filled skeleton":
                source.Edit("Other/Customizations.xml", d => d.Root!.Element("Roles")!.Add(new XElement("Role")));
                break;
            case "duplicate id":
                File.Copy(source.PathOf("Roles/Social CRM Agent.xml"), source.PathOf("Roles/Social CRM Copy.xml"));
                source.Edit("Roles/Social CRM Copy.xml", d => d.Root!.SetAttributeValue("name", "Social CRM Copy"));
                break;
            case "unknown app component":
                source.Edit("AppModules/scrm_SocialCrm/AppModule.xml", d => d.Descendants("AppModuleComponents").Single()
                    .Add(new XElement("AppModuleComponent", new XAttribute("type", "26"), new XAttribute("id", "{5d0c1b7e-0f4a-4e8b-9a61-2c3d4e5f6a7b}"))));
                break;
            case "malformed":
                source.Write("Roles/Social CRM Agent.xml", "<Role id=\"{00000000-0000-0000-0000-000000000001}\" name=\"Social CRM Agent\">");
                break;
            case "unknown file":
                source.Write("Entities/scrm_Mention/notes.txt", "not a component");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }
}
