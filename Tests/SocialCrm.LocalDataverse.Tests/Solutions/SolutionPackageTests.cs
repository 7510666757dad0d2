using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Solutions;

namespace SocialCrm.Dataverse.Local.Tests.Solutions;

[TestClass]
public sealed class SolutionPackageTests
{
    private static SolutionDefinition Sample => SolutionPackage.Read(SampleSolution.Folder);

    private static TableDefinition Profile => Sample.Tables.Single(t => t.LogicalName == "scrm_socialprofile");

    [TestMethod]
    public void Columns_carry_their_type_length_and_required_level()
    {
        var name = Profile.FindColumn("scrm_name")!;

        Assert.AreEqual(ColumnType.String, name.Type);
        Assert.AreEqual(200, name.MaxLength);
        Assert.AreEqual(RequiredLevel.ApplicationRequired, name.RequiredLevel);
        Assert.AreEqual(ColumnType.Decimal, Profile.FindColumn("scrm_influencescore")!.Type);
        Assert.AreEqual(2, Profile.FindColumn("scrm_influencescore")!.Precision);
        Assert.AreEqual(ColumnType.Boolean, Profile.FindColumn("scrm_verified")!.Type);
    }

    [TestMethod]
    public void Find_columns_come_from_the_quick_find_view()
    {
        CollectionAssert.AreEqual(new[] { "scrm_name", "scrm_externaluserid" }, Profile.FindColumns.ToArray());
        Assert.AreEqual(0, Sample.Tables.Single(t => t.LogicalName == "scrm_mention").FindColumns.Count);
    }

    [TestMethod]
    public void Primary_key_and_primary_name_come_from_the_key_column_and_the_PrimaryName_display_mask()
    {
        Assert.AreEqual("scrm_socialprofileid", Profile.PrimaryIdColumn);
        Assert.AreEqual("scrm_name", Profile.PrimaryNameColumn);
        Assert.AreEqual("scrm_socialprofiles", Profile.EntitySetName);
    }

    [TestMethod]
    public void Columns_without_a_stored_value_are_left_out()
    {
        Assert.IsFalse(Profile.HasColumn("scrm_avatar"));
    }

    [TestMethod]
    public void Choice_values_come_from_the_inline_option_set_or_from_the_global_one_it_names()
    {
        CollectionAssert.AreEqual(new[] { 746500000, 746500001 }, Profile.FindColumn("scrm_linkmethod")!.Options.Select(o => o.Value).ToArray());
        Assert.AreEqual("Facebook", Profile.FindColumn("scrm_platform")!.Options.Single(o => o.Value == 746500001).Label);
    }

    [TestMethod]
    public void Alternate_keys_are_read_with_their_columns()
    {
        var key = Profile.AlternateKeys.Single();

        Assert.AreEqual("scrm_platform_externaluserid", key.LogicalName);
        CollectionAssert.AreEqual(new[] { "scrm_platform", "scrm_externaluserid" }, key.Columns.ToArray());
    }

    [TestMethod]
    public void Only_one_to_many_relationships_are_read()
    {
        var relationship = Sample.Relationships.Single();

        Assert.AreEqual("contact", relationship.ReferencedTable);
        Assert.AreEqual("scrm_socialprofile", relationship.ReferencingTable);
        Assert.AreEqual("scrm_contactid", relationship.ReferencingColumn);
    }

    [TestMethod]
    public void Plugin_assemblies_list_their_types_and_the_path_of_their_dll()
    {
        var assembly = Sample.PluginAssemblies.Single();

        Assert.AreEqual("PluginAssemblies/SocialCrmPlugins-6A1B1B5E-0A0B-4D6F-9B52-4D6F2F1A0001/SocialCrmPlugins.dll", assembly.FilePath);
        Assert.AreEqual("SocialCrm.Plugins.MentionIntakePlugin", assembly.Types.Single().TypeName);
    }

    [TestMethod]
    public void Step_message_comes_from_its_well_known_id()
    {
        var step = Sample.Steps.Single(s => s.PrimaryEntity == "scrm_mention");

        Assert.AreEqual("Create", step.MessageName);
        Assert.AreEqual(PipelineStage.PreOperation, step.Stage);
        Assert.AreEqual(StepMode.Synchronous, step.Mode);
        Assert.AreEqual(2, step.Rank);
        Assert.AreEqual("{\"mode\":\"strict\"}", step.UnsecureConfiguration);
        Assert.AreEqual(new Guid("8c3d3d7a-2c2d-4f8b-9d74-6f8b4b3c0003"), step.Id);
    }

    [TestMethod]
    public void A_bulk_step_gets_its_message_from_its_id_with_its_filtering_columns()
    {
        var step = Sample.Steps.Single(s => s.PrimaryEntity == "scrm_socialprofile");

        Assert.AreEqual("UpdateMultiple", step.MessageName);
        Assert.AreEqual(StepMode.Asynchronous, step.Mode);
        CollectionAssert.AreEqual(new[] { "scrm_followers", "scrm_verified" }, step.FilteringAttributes.ToArray());
    }

    // Dataverse finds a step's message by its id: a step named "...: Create of ..." with an id of no message is refused.
    [TestMethod]
    [DataRow("<SdkMessageId>{0f0f0f0f-0000-4000-8000-000000000001}</SdkMessageId>", "<SdkMessageId>: sdkmessage With Id = {0f0f0f0f-0000-4000-8000-000000000001} Does Not Exist", DisplayName = "An unknown message id")]
    [DataRow("", "the required element <SdkMessageId> is missing", DisplayName = "No message id")]
    [DataRow("<SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId><Stage>30</Stage>", "<Stage>: 30 is not a stage a step can be registered on", DisplayName = "The main operation's stage")]
    public void A_step_Dataverse_would_refuse_fails_the_read_naming_the_file_the_step_and_the_element(string message, string expected)
    {
        var stage = message.Contains("<Stage>", StringComparison.Ordinal) ? "" : "<Stage>20</Stage>";
        var error = Assert.ThrowsExactly<FormatException>(() => SolutionPackage.ReadCustomizations(XElement.Parse($"""
            <ImportExportXml><SdkMessageProcessingSteps>
              <SdkMessageProcessingStep Name="Contoso.Stamp: Create of account" SdkMessageProcessingStepId="{Guid.NewGuid():B}">
                {message}<PluginTypeName>Contoso.Stamp, Contoso</PluginTypeName><PrimaryEntity>account</PrimaryEntity>
                <Mode>0</Mode><Rank>1</Rank>{stage}
              </SdkMessageProcessingStep>
            </SdkMessageProcessingSteps></ImportExportXml>
            """)));

        StringAssert.StartsWith(error.Message, "customizations.xml, <SdkMessageProcessingStep Name=\"Contoso.Stamp: Create of account\">");
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void Step_images_keep_their_alias_type_and_columns()
    {
        var image = Sample.Steps.Single(s => s.PrimaryEntity == "scrm_socialprofile").Images.Single();

        Assert.AreEqual("PreImage", image.Name);
        Assert.AreEqual(ImageType.PreImage, image.Type);
        CollectionAssert.AreEqual(new[] { "scrm_followers", "scrm_name" }, image.Attributes!.ToArray());
    }

    [TestMethod]
    public void Disabled_steps_are_not_registered()
    {
        Assert.IsFalse(Sample.Steps.Any(s => s.MessageName == "Delete"));
    }

    [TestMethod]
    public void Custom_apis_come_with_their_parameters_and_the_plugin_type_they_run()
    {
        var api = Sample.CustomApis.Single();

        Assert.AreEqual("scrm_ScoreSentiment", api.UniqueName);
        StringAssert.StartsWith(api.PluginTypeName, "SocialCrm.Plugins.MentionIntakePlugin, SocialCrm.Plugins");
        Assert.AreEqual(new CustomApiParameter("Text", CustomApiParameterType.String), api.RequestParameters.Single());
        Assert.AreEqual(new CustomApiParameter("Score", CustomApiParameterType.Decimal), api.ResponseProperties.Single());
    }

    [TestMethod]
    public void Environment_variables_come_with_their_default_and_the_value_the_solution_carries()
    {
        var variable = Sample.EnvironmentVariables.Single();

        Assert.AreEqual("scrm_ReopenWindowDays", variable.SchemaName);
        Assert.AreEqual("7", variable.DefaultValue);
        Assert.AreEqual("14", variable.Value);
        Assert.AreEqual(100000001, variable.Type);
    }

    [TestMethod]
    public void A_zip_reads_like_the_folder_it_was_made_from()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"solution-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(SampleSolution.Folder, zip);

            var fromZip = SolutionPackage.Read(zip);

            CollectionAssert.AreEqual(Sample.Tables.Select(t => t.LogicalName).ToArray(), fromZip.Tables.Select(t => t.LogicalName).ToArray());
            Assert.AreEqual(Sample.Steps.Count, fromZip.Steps.Count);
            Assert.AreEqual(Sample.CustomApis.Single().UniqueName, fromZip.CustomApis.Single().UniqueName);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    // Entity expansion turns a few bytes into gigabytes; no solution file has a DTD.
    [TestMethod]
    public void Customizations_with_a_DTD_are_refused_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("solution").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "customizations.xml"),
                "<?xml version=\"1.0\"?><!DOCTYPE ImportExportXml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><ImportExportXml><Entities>&b;</Entities></ImportExportXml>");

            var error = Assert.ThrowsExactly<FormatException>(() => SolutionPackage.Read(folder));

            StringAssert.Contains(error.Message, "customizations.xml is not well-formed XML");
            StringAssert.Contains(error.Message, "DTD");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [TestMethod]
    public void A_zip_entry_that_unpacks_past_the_limit_is_refused_before_it_is_read_whole()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"solution-{Guid.NewGuid():N}.zip");
        try
        {
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            using (var entry = archive.CreateEntry("customizations.xml", CompressionLevel.SmallestSize).Open())
            {
                // 3 MB of spaces compress to a few kilobytes.
                entry.Write(new byte[3 * 1024 * 1024].Select(_ => (byte)' ').ToArray());
            }

            using var source = new ZipSolutionSource(zip, maxEntryBytes: 1024 * 1024);
            var error = Assert.ThrowsExactly<InvalidDataException>(() => SolutionPackage.Read(source));

            StringAssert.Contains(error.Message, "customizations.xml unpacks to more than 1 MB");
            Assert.IsTrue(new FileInfo(zip).Length < 64 * 1024, "the zip itself is small");
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [TestMethod]
    public void Malformed_customizations_fail_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("solution").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "customizations.xml"), "<ImportExportXml><Entities>");

            var error = Assert.ThrowsExactly<FormatException>(() => SolutionPackage.Read(folder));

            StringAssert.Contains(error.Message, "customizations.xml");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
