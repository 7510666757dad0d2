using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Identity;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Solution.Tests.Schemas;

namespace SocialCrm.Solution.Tests.Packing;

/// <summary>
/// The plug-in assembly and its steps come later; these tests add a registration to a copy of the source to show that
/// PluginAssemblies/ and SdkMessageProcessingSteps/ are packed like any other component folder.
/// </summary>
[TestClass]
public sealed class PluginAssemblyFolderTests
{
    private static readonly Guid AssemblyId = new("8d4a3a3e-2b59-4c21-9d0c-5f1e7a6b2c10");
    private static readonly Guid StepId = new("0c9b8f61-7d2e-4a53-b1f4-3e6a9d5c7b82");
    private const string Folder = "PluginAssemblies/SocialCrm.Plugins-8D4A3A3E-2B59-4C21-9D0C-5F1E7A6B2C10";
    private static readonly string[] ApiTypes =
    {
        "ScoreSentimentApi", "ResolveSocialIdentityApi", "LinkProfileToContactApi", "EscalateConversationApi", "GetConversationSummaryApi",
    };

    [TestMethod]
    public void A_handed_assembly_and_its_steps_are_packed_into_the_zip_and_customizations_xml()
    {
        var assembly = FakeAssembly();

        var zip = new PackedZip(Registered(ApiTypes).Pack(assembly).UnmanagedZip);

        CollectionAssert.AreEqual(File.ReadAllBytes(assembly), zip.Contents[Folder + "/SocialCrm.Plugins.dll"]);
        Assert.AreEqual(1, zip.Customizations.Descendants("SolutionPluginAssemblies").Single().Elements("PluginAssembly").Count());
        Assert.AreEqual(StepId.ToString("B"), zip.Customizations.Descendants("SdkMessageProcessingStep").Single().Attribute("SdkMessageProcessingStepId")!.Value);
        var errors = SchemaValidation.Errors(zip.Customizations.Root!, OfficialSchemas.Customizations);
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void A_declared_assembly_nobody_hands_in_is_reported_on_its_data_file()
    {
        var problems = Registered(ApiTypes).Problems();

        Assert.IsTrue(problems.Any(p => p.File == Folder + "/SocialCrm.Plugins.dll.data.xml" && p.Element == "<FileName>"), string.Join("\n", problems.Select(p => p.ToString())));
    }

    [TestMethod]
    public void A_Custom_API_whose_plug_in_type_no_assembly_declares_is_reported()
    {
        var source = Registered(ApiTypes.Skip(1).ToArray());

        var problems = Problems(source, FakeAssembly());

        Assert.AreEqual(1, problems.Length, string.Join("\n", problems.Select(p => p.ToString())));
        Assert.AreEqual("customapis/scrm_ScoreSentiment/customapi.xml", problems[0].File);
        Assert.AreEqual("<plugintypeid>", problems[0].Element);
    }

    [TestMethod]
    public void A_handed_assembly_no_data_file_declares_is_reported()
    {
        var stray = Path.Combine(RepositoryPaths.NewTemporaryFolder(), "Stray.dll");
        File.WriteAllBytes(stray, new byte[] { 1, 2, 3 });

        var problems = Problems(new SourceCopy(), stray);

        Assert.AreEqual(stray, problems.Single().File);
    }

    private static SolutionProblem[] Problems(SourceCopy source, string assembly)
    {
        try
        {
            source.Pack(assembly);
            return Array.Empty<SolutionProblem>();
        }
        catch (SolutionValidationException e)
        {
            return e.Problems.ToArray();
        }
    }

    private static string FakeAssembly()
    {
        var path = Path.Combine(RepositoryPaths.NewTemporaryFolder(), "SocialCrm.Plugins.dll");
        File.WriteAllBytes(path, Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
        return path;
    }

    private static SourceCopy Registered(string[] apiTypes)
    {
        const string assemblyName = "SocialCrm.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef";
        var types = string.Concat(apiTypes.Select(t =>
            $"""
                <PluginType AssemblyQualifiedName="SocialCrm.Plugins.CustomApis.{t}, {assemblyName}" PluginTypeId="{PluginTypeIds.For("SocialCrm.Plugins.CustomApis." + t):B}" Name="SocialCrm.Plugins.CustomApis.{t}">
                  <FriendlyName>{t}</FriendlyName>
                </PluginType>
            """));
        var stepType = PluginTypeIds.For("SocialCrm.Plugins.CustomApis." + apiTypes[0]);
        return new SourceCopy()
            .Write(Folder + "/SocialCrm.Plugins.dll.data.xml", $"""
                <PluginAssembly FullName="{assemblyName}" PluginAssemblyId="{AssemblyId:B}" CustomizationLevel="1">
                  <IsolationMode>2</IsolationMode>
                  <SourceType>0</SourceType>
                  <IntroducedVersion>1.0.0.0</IntroducedVersion>
                  <FileName>/{Folder}/SocialCrm.Plugins.dll</FileName>
                  <PluginTypes>
                {types}
                  </PluginTypes>
                </PluginAssembly>
                """)
            .Write($"SdkMessageProcessingSteps/{StepId:B}.xml", $"""
                <SdkMessageProcessingStep Name="Example step" SdkMessageProcessingStepId="{StepId:B}">
                  <PluginTypeName>SocialCrm.Plugins.CustomApis.{apiTypes[0]}</PluginTypeName>
                  <PluginTypeId>{stepType:B}</PluginTypeId>
                  <PrimaryEntity>scrm_mention</PrimaryEntity>
                  <AsyncAutoDelete>0</AsyncAutoDelete>
                  <InvocationSource>0</InvocationSource>
                  <Mode>0</Mode>
                  <Rank>1</Rank>
                  <EventHandlerTypeCode>4602</EventHandlerTypeCode>
                  <Stage>20</Stage>
                  <IsCustomizable>1</IsCustomizable>
                  <IsHidden>0</IsHidden>
                  <SupportedDeployment>0</SupportedDeployment>
                </SdkMessageProcessingStep>
                """)
            .AddRootComponent(91, AssemblyId)
            .AddRootComponent(92, StepId);
    }
}
