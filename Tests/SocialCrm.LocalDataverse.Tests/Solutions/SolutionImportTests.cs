using System;
using System.IO;
using System.IO.Compression;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Solutions;

/// <summary>An environment built from a solution gets its tables, steps, Custom APIs and environment variables.</summary>
[TestClass]
public sealed class SolutionImportTests
{
    private static readonly Guid LengthPluginTypeId = new("5d0c5c8e-1111-4a4a-9b9b-000000000001");

    private string folder = null!;

    [TestInitialize]
    public void WriteSolution()
    {
        folder = Directory.CreateTempSubdirectory("solution").FullName;
        File.WriteAllText(Path.Combine(folder, "customizations.xml"), Customizations());
        var api = Directory.CreateDirectory(Path.Combine(folder, "customapis", "test_Length")).FullName;
        File.WriteAllText(Path.Combine(api, "customapi.xml"), $"<customapi uniquename=\"test_Length\"><bindingtype>0</bindingtype><isfunction>0</isfunction><plugintypeid><plugintypeid>{{{LengthPluginTypeId}}}</plugintypeid></plugintypeid></customapi>");
        var parameter = Directory.CreateDirectory(Path.Combine(api, "customapirequestparameters", "test_Length.Text")).FullName;
        File.WriteAllText(Path.Combine(parameter, "customapirequestparameter.xml"), "<customapirequestparameter uniquename=\"Text\"><isoptional>0</isoptional><type>10</type></customapirequestparameter>");
        var variable = Directory.CreateDirectory(Path.Combine(folder, "environmentvariabledefinitions", "test_Greeting")).FullName;
        File.WriteAllText(Path.Combine(variable, "environmentvariabledefinition.xml"), "<environmentvariabledefinition schemaname=\"test_Greeting\"><defaultvalue>hello</defaultvalue><type>100000000</type></environmentvariabledefinition>");
    }

    [TestCleanup]
    public void DeleteSolution() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    public void Steps_of_the_solution_run_the_plug_in_types_they_name()
    {
        using var dataverse = LocalDataverse.FromSolution(folder).Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity("test_widget") { ["test_name"] = "plain" });

        Assert.AreEqual("from the solution", service.Retrieve("test_widget", id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void A_plug_in_reads_the_default_of_an_environment_variable_by_query()
    {
        using var dataverse = LocalDataverse.FromSolution(folder).Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity("test_gadget"));

        Assert.AreEqual("hello", service.Retrieve("test_gadget", id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void A_value_set_for_an_environment_variable_wins_over_its_default()
    {
        using var dataverse = LocalDataverse.FromSolution(folder).WithEnvironmentVariable("test_Greeting", "bonjour").Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity("test_gadget"));

        Assert.AreEqual("bonjour", service.Retrieve("test_gadget", id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void Custom_apis_of_the_solution_answer()
    {
        using var dataverse = LocalDataverse.FromSolution(folder).Build();

        Assert.AreEqual(4, dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Length") { ["Text"] = "four" })["Length"]);
    }

    // A step is registered on a message filter, which exists only for the tables the message applies to.
    [TestMethod]
    public void A_step_on_a_table_the_environment_does_not_have_is_refused_and_names_the_element()
    {
        File.WriteAllText(Path.Combine(folder, "customizations.xml"), Customizations()
            .Replace("<PrimaryEntity>test_gadget</PrimaryEntity>", "<PrimaryEntity>test_missing</PrimaryEntity>"));

        var error = Assert.ThrowsExactly<FormatException>(() => LocalDataverse.FromSolution(folder).Build().Dispose());

        StringAssert.Contains(error.Message, "customizations.xml, <SdkMessageProcessingStep Name=");
        StringAssert.Contains(error.Message, "<PrimaryEntity>: there is no table 'test_missing', so Create has no message filter for it.");
    }

    [TestMethod]
    public void A_solution_zip_imports_like_its_folder()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"solution-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(folder, zip);
            using var dataverse = LocalDataverse.FromSolution(zip).Build();
            var service = dataverse.GetOrganizationService();

            var id = service.Create(new Entity("test_widget"));

            Assert.AreEqual("from the solution", service.Retrieve("test_widget", id, new ColumnSet("test_name"))["test_name"]);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    private static string Entity(string name) => $"""
        <Entity><Name>{name}</Name><EntityInfo><entity Name="{name}"><attributes>
          <attribute PhysicalName="{name}Id"><Type>primarykey</Type><LogicalName>{name}id</LogicalName></attribute>
          <attribute PhysicalName="test_Name"><Type>nvarchar</Type><LogicalName>test_name</LogicalName><DisplayMask>PrimaryName</DisplayMask><MaxLength>100</MaxLength></attribute>
        </attributes><OwnershipTypeMask>UserOwned</OwnershipTypeMask></entity></EntityInfo></Entity>
        """;

    private static string Step(string pluginType, string table, int stage, string? configuration) => $"""
        <SdkMessageProcessingStep Name="{pluginType}: Create of {table}" SdkMessageProcessingStepId="{Guid.NewGuid():B}">
          <SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>
          <PluginTypeName>{pluginType}, SocialCrm.LocalDataverse.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null</PluginTypeName>
          <PrimaryEntity>{table}</PrimaryEntity>
          <Configuration>{configuration}</Configuration>
          <Mode>0</Mode><Rank>1</Rank><Stage>{stage}</Stage><StateCode>0</StateCode>
        </SdkMessageProcessingStep>
        """;

    private static string Customizations() => $"""
        <ImportExportXml>
          <Entities>{Entity("test_widget")}{Entity("test_gadget")}</Entities>
          <SolutionPluginAssemblies>
            <PluginAssembly FullName="SocialCrm.LocalDataverse.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null">
              <PluginTypes>
                <PluginType AssemblyQualifiedName="{typeof(LengthApiPlugin).FullName}, SocialCrm.LocalDataverse.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" PluginTypeId="{LengthPluginTypeId}" Name="{typeof(LengthApiPlugin).FullName}" />
              </PluginTypes>
            </PluginAssembly>
          </SolutionPluginAssemblies>
          <SdkMessageProcessingSteps>
            {Step(typeof(StampingPlugin).FullName!, "test_widget", 20, "from the solution")}
            {Step(typeof(VariableReadingPlugin).FullName!, "test_gadget", 20, null)}
          </SdkMessageProcessingSteps>
        </ImportExportXml>
        """;
}
