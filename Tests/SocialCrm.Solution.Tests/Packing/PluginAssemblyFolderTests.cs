using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Solution.Tests.Schemas;

namespace SocialCrm.Solution.Tests.Packing;

/// <summary>
/// The net462 plug-in and workflow assemblies are embedded under PluginAssemblies/ next to their registration, and
/// the steps their classes declare are packed into customizations.xml.
/// </summary>
[TestClass]
public sealed class PluginAssemblyFolderTests
{
    private const string PluginsData = "PluginAssemblies/SocialCrm.Plugins-3CA03A31-9C70-41B7-B450-96426C03A01F/SocialCrm.Plugins.dll.data.xml";

    [TestMethod]
    public void The_built_assemblies_and_their_steps_are_packed_into_the_zip_and_customizations_xml()
    {
        var zip = PackedSolution.Current.Unmanaged;

        CollectionAssert.AreEqual(File.ReadAllBytes(RepositoryPaths.BuiltAssemblies[0]),
            zip.Contents["PluginAssemblies/SocialCrm.Plugins-3CA03A31-9C70-41B7-B450-96426C03A01F/SocialCrm.Plugins.dll"]);
        CollectionAssert.AreEqual(File.ReadAllBytes(RepositoryPaths.BuiltAssemblies[1]),
            zip.Contents["PluginAssemblies/SocialCrm.WorkflowActivities-B1AD8755-3272-44DF-89E8-2EA47F4D18AE/SocialCrm.WorkflowActivities.dll"]);
        Assert.AreEqual(2, zip.Customizations.Descendants("SolutionPluginAssemblies").Single().Elements("PluginAssembly").Count());
        Assert.AreEqual(9, zip.Customizations.Descendants("SdkMessageProcessingStep").Count(), "eight plug-in steps and the webhook's");
        var errors = SchemaValidation.Errors(zip.Customizations.Root!, OfficialSchemas.Customizations);
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void Workflow_activities_are_grouped_as_Social_CRM_in_the_designer()
    {
        var workflowTypes = PackedSolution.Current.Unmanaged.Customizations.Descendants("PluginType")
            .Where(t => t.Attribute("Name")!.Value.StartsWith("SocialCrm.WorkflowActivities.", StringComparison.Ordinal))
            .ToList();

        Assert.AreEqual(6, workflowTypes.Count);
        Assert.IsTrue(workflowTypes.All(t => t.Element("WorkflowActivityGroupName")?.Value == "Social CRM"));
    }

    [TestMethod]
    public void A_declared_assembly_nobody_hands_in_is_reported_on_its_data_file()
    {
        var problems = new SourceCopy().ProblemsWith(RepositoryPaths.BuiltAssemblies[1]);

        Assert.IsTrue(problems.Any(p => p.File == PluginsData && p.Element == "<FileName>"), string.Join("\n", problems.Select(p => p.ToString())));
    }

    [TestMethod]
    public void A_plug_in_type_list_written_by_hand_in_the_source_is_refused_on_its_data_file()
    {
        var source = new SourceCopy().Edit(PluginsData, d => d.Root!.Element("FileName")!.AddAfterSelf(
            new XElement("PluginTypes", new XElement("PluginType", new XAttribute("Name", "SocialCrm.Plugins.CustomApis.ScoreSentimentApi")))));

        var problems = source.Problems();

        Assert.AreEqual(1, problems.Length, string.Join("\n", problems.Select(p => p.ToString())));
        Assert.AreEqual(PluginsData, problems[0].File);
        Assert.AreEqual("<PluginTypes>", problems[0].Element);
        StringAssert.Contains(problems[0].Message, "generated from the built assembly");
    }

    [TestMethod]
    public void A_handed_assembly_no_data_file_declares_is_reported()
    {
        var stray = Path.Combine(RepositoryPaths.NewTemporaryFolder(), "Stray.dll");
        File.WriteAllBytes(stray, new byte[] { 1, 2, 3 });

        var problems = new SourceCopy().ProblemsWith(RepositoryPaths.BuiltAssemblies.Append(stray).ToArray());

        Assert.AreEqual(stray, problems.Single().File);
    }
}
