using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Plugins.Registration;
using SocialCrm.Solution.Registration;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Registration;

/// <summary>
/// Steps and Custom APIs have one source, the [PluginStep] and [CustomApi] attributes of the plug-in classes: the packer
/// writes them into the zip as an export holds them, and the source folder holds none.
/// </summary>
[TestClass]
public sealed class GeneratedRegistrationTests
{
    [TestMethod]
    public void The_source_holds_no_hand_written_step_Custom_API_or_step_root_component()
    {
        Assert.IsFalse(Directory.Exists(Path.Combine(RepositoryPaths.SolutionSource, "SdkMessageProcessingSteps")));
        Assert.IsFalse(Directory.Exists(Path.Combine(RepositoryPaths.SolutionSource, "customapis")));
        var manifest = XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, "Other", "Solution.xml"));
        Assert.IsFalse(manifest.Descendants("RootComponent").Any(r => r.Attribute("type")?.Value == "92"));
    }

    [TestMethod]
    [DataRow(PackageKind.Unmanaged)]
    [DataRow(PackageKind.Managed)]
    public void Every_packed_step_names_its_message_by_id_and_carries_its_table_filter_images_and_root_component(PackageKind kind)
    {
        var zip = PackedSolution.Current.Zip(kind);
        var steps = zip.Customizations.Descendants("SdkMessageProcessingStep").ToList();
        var roots = zip.Manifest.Descendants("RootComponent").Where(r => r.Attribute("type")!.Value == "92").Select(r => r.Attribute("id")!.Value).ToList();

        Assert.AreEqual(5, steps.Count);
        foreach (var step in steps)
        {
            var name = step.Attribute("Name")!.Value;
            var message = name[(name.IndexOf(": ", StringComparison.Ordinal) + 2)..name.IndexOf(" of ", StringComparison.Ordinal)];
            Assert.AreEqual(SystemMessages.Named(message)!.Id, Guid.Parse(step.Element("SdkMessageId")!.Value), name);
            CollectionAssert.Contains(new[] { "scrm_mention", "scrm_escalationrule" }, step.Element("PrimaryEntity")?.Value, name);
            Assert.IsNotNull(step.Element("FilteringAttributes"), name);
            Assert.IsNotNull(step.Element("SdkMessageProcessingStepImages"), name);
            CollectionAssert.Contains(roots, step.Attribute("SdkMessageProcessingStepId")!.Value, name);
        }

        var redelivery = steps.Single(s => s.Attribute("Name")!.Value.Contains("MentionRedeliveryPlugin", StringComparison.Ordinal));
        StringAssert.StartsWith(redelivery.Element("FilteringAttributes")!.Value, "subject,description,");
    }

    [TestMethod]
    public void Packing_twice_gives_the_same_step_ids()
    {
        var again = SolutionPacker.Pack(RepositoryPaths.SolutionSource, RepositoryPaths.NewTemporaryFolder(), RepositoryPaths.BuiltAssemblies);

        CollectionAssert.AreEqual(StepIds(PackedSolution.Current.Unmanaged), StepIds(new PackedZip(again.UnmanagedZip)));
    }

    [TestMethod]
    public void A_class_registered_on_several_steps_gets_each_of_them()
    {
        var registrations = AssemblyRegistrations.Read(AssemblyDeclaring(
            Step("Create", "account", PluginStepStage.PreOperation),
            Step("Update", "account", PluginStepStage.PostOperation, ("FilteringAttributes", "name,telephone1"), ("Rank", 2))));

        Assert.AreEqual(2, registrations.Steps.Count);
        var update = registrations.Steps.Single(s => s.Message == "Update");
        Assert.AreEqual("Contoso.AccountPlugin", update.TypeFullName);
        Assert.AreEqual(40, update.Stage);
        Assert.AreEqual(2, update.Rank);
        Assert.AreEqual("name,telephone1", update.FilteringAttributes);
        Assert.AreEqual("Contoso, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", registrations.AssemblyFullName);
    }

    private static string[] StepIds(PackedZip zip) =>
        zip.Customizations.Descendants("SdkMessageProcessingStep").Select(s => s.Attribute("SdkMessageProcessingStepId")!.Value).Order().ToArray();

    private static CustomAttributeBuilder Step(string message, string table, PluginStepStage stage, params (string Name, object Value)[] named)
    {
        var type = typeof(PluginStepAttribute);
        var properties = named.Select(n => type.GetProperty(n.Name)!).ToArray();
        return new CustomAttributeBuilder(type.GetConstructors().Single(), new object[] { message, table, stage }, properties, named.Select(n => n.Value).ToArray());
    }

    // An assembly whose one class carries the given attributes, as a compiler would write it.
    private static byte[] AssemblyDeclaring(params CustomAttributeBuilder[] attributes)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("Contoso") { Version = new Version(1, 0, 0, 0) }, typeof(object).Assembly);
        var type = assembly.DefineDynamicModule("Contoso").DefineType("Contoso.AccountPlugin", TypeAttributes.Public);
        foreach (var attribute in attributes)
        {
            type.SetCustomAttribute(attribute);
        }

        type.CreateType();
        using var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }
}
