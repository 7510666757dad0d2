using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Plugins.Registration;
using SocialCrm.Solution.Reading;
using SocialCrm.Solution.Registration;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Solution.Tests.Schemas;

namespace SocialCrm.Solution.Tests.Registration;

/// <summary>
/// Steps and Custom APIs have one source, the [PluginStep] and [CustomApi] attributes of the plug-in classes: the packer
/// writes them into the zip as an export holds them, and the source folder holds none.
/// </summary>
[TestClass]
public sealed class GeneratedRegistrationTests
{
    [TestMethod]
    public void The_source_holds_no_hand_written_plug_in_step_Custom_API_plug_in_type_or_plug_in_step_root_component()
    {
        // Only a webhook's step is written by hand: no plug-in class can declare it.
        var handWritten = Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionSource, "SdkMessageProcessingSteps")).Select(XDocument.Load).ToList();
        Assert.IsTrue(handWritten.All(s => ServiceEndpointSteps.IsHandledByEndpoint(s.Root!)));
        Assert.IsFalse(Directory.Exists(Path.Combine(RepositoryPaths.SolutionSource, "customapis")));
        var manifest = XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, "Other", "Solution.xml"));
        CollectionAssert.AreEquivalent(
            handWritten.Select(s => s.Root!.Attribute("SdkMessageProcessingStepId")!.Value).ToList(),
            manifest.Descendants("RootComponent").Where(r => r.Attribute("type")?.Value == "92").Select(r => r.Attribute("id")!.Value).ToList());
        var dataFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionSource, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories);
        Assert.AreEqual(2, dataFiles.Length);
        foreach (var dataFile in dataFiles.Select(XDocument.Load))
        {
            Assert.IsNull(dataFile.Root!.Attribute("FullName"));
            Assert.IsFalse(dataFile.Descendants("PluginType").Any());
        }
    }

    [TestMethod]
    public void Packed_plug_in_types_carry_the_names_and_groups_their_classes_declare()
    {
        var types = PackedSolution.Current.Managed.Customizations.Descendants("PluginType").ToDictionary(t => t.Attribute("Name")!.Value);

        var activity = types["SocialCrm.WorkflowActivities.Activities.ScoreSentimentActivity"];
        Assert.AreEqual("Score Sentiment", activity.Element("FriendlyName")!.Value);
        Assert.AreEqual("Social CRM", activity.Element("WorkflowActivityGroupName")!.Value);
        var api = types["SocialCrm.Plugins.CustomApis.ScoreSentimentApi"];
        Assert.AreEqual("scrm_ScoreSentiment", api.Element("FriendlyName")!.Value);
        Assert.AreEqual("Scores the sentiment of a text.", api.Element("Description")!.Value);
        Assert.IsNull(api.Element("WorkflowActivityGroupName"));
        Assert.AreEqual("Mention intake", types["SocialCrm.Plugins.Mentions.MentionIntakePlugin"].Element("FriendlyName")!.Value);
        Assert.IsFalse(types.Keys.Any(t => t.Contains("PluginBase", StringComparison.Ordinal)), "an abstract base is not a plug-in type");
    }

    [TestMethod]
    public void A_step_declaring_images_gets_them_as_an_export_writes_them_and_the_schema_accepts()
    {
        var registrations = AssemblyRegistrations.Read(AssemblyDeclaring(
            Step("Update", "account", PluginStepStage.PostOperation, ("PreImage", "before"), ("PreImageAttributes", "name,telephone1"), ("PostImage", "after"))));
        var step = registrations.Steps.Single();

        var document = StepDocument.Compose(registrations, step, SystemMessages.Named("Update")!);

        var images = document.Root!.Element("SdkMessageProcessingStepImages")!.Elements("SdkMessageProcessingStepImage").ToList();
        Assert.AreEqual(2, images.Count);
        Assert.AreEqual("before", images[0].Attribute("Name")!.Value);
        Assert.AreEqual("before", images[0].Element("EntityAlias")!.Value);
        Assert.AreEqual("0", images[0].Element("ImageType")!.Value);
        Assert.AreEqual("name,telephone1", images[0].Element("Attributes")!.Value);
        Assert.AreEqual("Target", images[0].Element("MessagePropertyName")!.Value);
        Assert.AreEqual("1", images[1].Element("ImageType")!.Value);
        Assert.AreEqual(string.Empty, images[1].Element("Attributes")!.Value, "no columns named: every column");
        Assert.AreNotEqual(images[0].Element("SdkMessageProcessingStepImageId")!.Value, images[1].Element("SdkMessageProcessingStepImageId")!.Value);
        var errors = SchemaValidation.Errors(new XElement("ImportExportXml", new XElement("SdkMessageProcessingSteps", document.Root)), OfficialSchemas.Customizations);
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    [DataRow("Create", PluginStepStage.PreOperation, "PreImage", "no row before a Create", DisplayName = "pre-image of a Create")]
    [DataRow("Update", PluginStepStage.PreOperation, "PostImage", "only after the main operation", DisplayName = "post-image before the main operation")]
    [DataRow("Delete", PluginStepStage.PostOperation, "PostImage", "no row after a Delete", DisplayName = "post-image of a Delete")]
    [DataRow("RetrieveMultiple", PluginStepStage.PostOperation, "PostImage", "no target row", DisplayName = "image of RetrieveMultiple")]
    public void An_image_Dataverse_would_never_fill_is_refused_with_the_reason(string message, PluginStepStage stage, string image, string reason)
    {
        var step = AssemblyRegistrations.Read(AssemblyDeclaring(Step(message, "account", stage, (image, "image")))).Steps.Single();

        var problems = StepImageRules.Problems(step, SystemMessages.Named(message)!).ToList();

        Assert.AreEqual(1, problems.Count);
        StringAssert.Contains(problems[0], reason);
    }

    [TestMethod]
    [DataRow(PackageKind.Unmanaged)]
    [DataRow(PackageKind.Managed)]
    public void Every_packed_step_names_its_message_by_id_and_carries_its_table_filter_images_and_root_component(PackageKind kind)
    {
        var zip = PackedSolution.Current.Zip(kind);
        var steps = zip.Customizations.Descendants("SdkMessageProcessingStep").ToList();
        var roots = zip.Manifest.Descendants("RootComponent").Where(r => r.Attribute("type")!.Value == "92").Select(r => r.Attribute("id")!.Value).ToList();

        Assert.AreEqual(9, steps.Count, "eight plug-in steps and the webhook's");
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
        var sentReplies = steps.Single(s => s.Attribute("Name")!.Value.Contains("SentReplyRollupPlugin", StringComparison.Ordinal));
        Assert.AreEqual("scrm_sendstatus", sentReplies.Element("FilteringAttributes")!.Value);
        Assert.AreEqual(1, sentReplies.Descendants("SdkMessageProcessingStepImage").Count(), "the row before the update tells a first 'sent' from a repeat");
        var textEdits = steps.Single(s => s.Attribute("Name")!.Value.Contains("MentionTextEditPlugin", StringComparison.Ordinal));
        Assert.AreEqual("description", textEdits.Element("FilteringAttributes")!.Value, "an edit of the text is scored again");
        var sentimentChanges = steps.Single(s => s.Attribute("Name")!.Value.Contains("MentionSentimentChangePlugin", StringComparison.Ordinal));
        Assert.AreEqual("40", sentimentChanges.Element("Stage")!.Value, "figures follow the new score after the write, in its transaction");
        StringAssert.StartsWith(sentimentChanges.Element("FilteringAttributes")!.Value, "description,", "an edit or an erased text moves the figures");
        CollectionAssert.AreEquivalent(new[] { "0", "1" },
            sentimentChanges.Descendants("SdkMessageProcessingStepImage").Select(image => image.Element("ImageType")!.Value).ToArray(),
            "the rows before and after the update say which score to take out and which to put in");
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
