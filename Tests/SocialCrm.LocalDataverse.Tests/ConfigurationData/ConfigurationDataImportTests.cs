using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.ConfigurationData;

namespace SocialCrm.Dataverse.Local.Tests.ConfigurationData;

/// <summary>
/// Records shipped as a Configuration Migration tool data package (data_schema.xml + data.xml + [Content_Types].xml,
/// https://learn.microsoft.com/power-platform/admin/manage-configuration-data) are there once the environment is built,
/// with their own ids and typed values, as Package Deployer imports them after the solution.
/// </summary>
[TestClass]
public sealed class ConfigurationDataImportTests
{
    private static readonly Guid ProfileId = new("7a0c3c4e-2b51-4b8e-9d3f-5f2a1c0e9b11");

    private const string Schema = """
        <entities>
          <entity name="test_profile" displayname="Profile" primaryidfield="test_profileid" primarynamefield="test_name" disableplugins="false">
            <fields>
              <field displayname="Profile" name="test_profileid" type="guid" primaryKey="true" />
              <field displayname="Name" name="test_name" type="string" customfield="true" />
              <field displayname="Network" name="test_network" type="optionsetvalue" customfield="true" />
              <field displayname="Followers" name="test_followers" type="number" customfield="true" />
              <field displayname="Score" name="test_score" type="decimal" customfield="true" />
              <field displayname="Verified" name="test_verified" type="bool" customfield="true" />
            </fields>
          </entity>
        </entities>
        """;

    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("configuration-data").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    public void Records_of_the_package_are_created_with_their_ids_and_typed_values()
    {
        using var dataverse = Tables.Environment().WithConfigurationData(Package(Record("Ann", followers: "1200"))).Build();

        var profile = dataverse.GetOrganizationService().Retrieve(Tables.Profile, ProfileId, new ColumnSet(true));

        Assert.AreEqual("Ann", profile["test_name"]);
        Assert.AreEqual(2, profile.GetAttributeValue<OptionSetValue>("test_network").Value);
        Assert.AreEqual(1200, profile["test_followers"]);
        Assert.AreEqual(-0.6m, profile["test_score"]);
        Assert.IsTrue(profile.GetAttributeValue<bool>("test_verified"));
    }

    [TestMethod]
    public void A_store_reopened_from_its_file_keeps_an_edit_of_a_shipped_record()
    {
        var database = Path.Combine(folder, "dataverse.db");
        var package = Package(Record("Ann", followers: "1200"));
        using (var first = Tables.Environment().InFile(database).WithConfigurationData(package).Build())
        {
            first.GetOrganizationService().Update(new Entity(Tables.Profile, ProfileId) { ["test_name"] = "Ann (edited)" });
        }

        using var second = Tables.Environment().InFile(database).WithConfigurationData(package).Build();

        var names = second.GetOrganizationService().RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_name") }).Entities;
        Assert.AreEqual("Ann (edited)", names.Single()["test_name"]);
    }

    [TestMethod]
    [DataRow("followers", "many", "test_followers, which is not a number value", DisplayName = "a value that does not parse")]
    [DataRow("field", "test_unknown", "the field test_unknown, which data_schema.xml does not list", DisplayName = "a field the schema does not list")]
    public void A_package_with_a_bad_field_is_refused_naming_the_record_and_the_field(string what, string value, string message)
    {
        var record = what == "followers" ? Record("Ann", followers: value) : Record("Ann", followers: "1", extraField: value);

        var error = Assert.ThrowsExactly<FormatException>(() => Tables.Environment().WithConfigurationData(Package(record)).Build().Dispose());

        StringAssert.Contains(error.Message, $"test_profile record {ProfileId}");
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    public void The_data_package_beside_a_solution_zip_is_found_by_its_name()
    {
        var solution = Path.Combine(folder, "Sample_1_0_0_0_managed.zip");
        File.WriteAllBytes(solution, Array.Empty<byte>());
        File.Copy(Package(Record("Ann", followers: "1")), Path.Combine(folder, "Sample_1_0_0_0_data.zip"));

        Assert.AreEqual(Path.Combine(folder, "Sample_1_0_0_0_data.zip"), ConfigurationDataPackage.BesideSolution(solution));
        Assert.IsNull(ConfigurationDataPackage.BesideSolution(Path.Combine(folder, "Other_1_0_0_0_managed.zip")));
    }

    private static string Record(string name, string followers, string? extraField = null) => $"""
        <record id="{ProfileId}">
          <field name="test_profileid" value="{ProfileId}" />
          <field name="test_name" value="{name}" />
          <field name="test_network" value="2" />
          <field name="test_followers" value="{followers}" />
          <field name="test_score" value="-0.6" />
          <field name="test_verified" value="True" />
          {(extraField is null ? string.Empty : $"<field name=\"{extraField}\" value=\"x\" />")}
        </record>
        """;

    private string Package(string record)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}_data.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        Add(ConfigurationDataPackage.ContentTypesFile, """<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/octet-stream" /></Types>""");
        Add(ConfigurationDataPackage.SchemaFile, Schema);
        Add(ConfigurationDataPackage.DataFile, $"""<entities><entity name="test_profile" displayname="Profile"><records>{record}</records></entity></entities>""");
        return path;
    }
}
