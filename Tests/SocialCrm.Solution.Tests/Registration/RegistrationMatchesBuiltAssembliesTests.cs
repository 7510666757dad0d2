using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Solution.Reading;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Solution.Tests.Registration;

/// <summary>
/// The solution's plug-in registration against the net462 binaries it embeds, read as metadata (as Dataverse reads
/// them on import): types exist and are of the right kind, steps and Custom APIs point at declared types, and the steps
/// are exactly those the plug-in classes declare beside their code ([PluginStep]).
/// </summary>
[TestClass]
public sealed class RegistrationMatchesBuiltAssembliesTests
{
    private static MetadataLoadContext? _context;
    private static Dictionary<string, Assembly> _assemblies = null!;
    private static XDocument _customizations = null!;

    [ClassInitialize]
    public static void Load(TestContext _)
    {
        // The two embedded assemblies, and the SDK from the workflow build folder, which holds both of its assemblies.
        var dir = Path.GetDirectoryName(RepositoryPaths.BuiltAssemblies[1])!;
        var embedded = RepositoryPaths.BuiltAssemblies.ToArray();
        _context = BuiltAssemblies.Net462Context(
            embedded.Concat(new[] { Path.Combine(dir, "Microsoft.Xrm.Sdk.dll"), Path.Combine(dir, "Microsoft.Xrm.Sdk.Workflow.dll") }).ToArray());
        _assemblies = embedded.Select(_context.LoadFromAssemblyPath).ToDictionary(a => a.GetName().Name!);
        _customizations = PackedSolution.Current.Managed.Customizations;
    }

    [ClassCleanup]
    public static void Unload() => _context?.Dispose();

    [TestMethod]
    public void Each_registered_assembly_has_the_identity_of_the_built_one()
    {
        foreach (var declared in _customizations.Descendants("PluginAssembly"))
        {
            var fullName = declared.Attribute("FullName")!.Value;
            var name = fullName.Split(',')[0];
            Assert.IsTrue(_assemblies.ContainsKey(name), $"{name} is not one of the built assemblies");
            Assert.AreEqual(_assemblies[name].FullName, fullName);
        }
    }

    [TestMethod]
    public void Every_plug_in_class_and_workflow_activity_is_registered_and_every_registered_type_exists()
    {
        var registered = RegisteredTypes().Select(t => t.Attribute("Name")!.Value).Order().ToList();

        var built = _assemblies.Values.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && !t.IsAbstract && (IsPlugin(t) || IsActivity(t)))
            .Select(t => t.FullName!).Order().ToList();

        CollectionAssert.AreEqual(built, registered);
    }

    [TestMethod]
    public void Plug_in_types_implement_IPlugin_and_workflow_types_derive_from_CodeActivity()
    {
        foreach (var declared in RegisteredTypes())
        {
            var type = TypeOf(declared.Attribute("Name")!.Value);
            var isWorkflow = declared.Element("WorkflowActivityGroupName") != null;
            Assert.IsTrue(isWorkflow ? IsActivity(type) : IsPlugin(type), $"{type.FullName}: {(isWorkflow ? "a workflow activity must derive from CodeActivity" : "a plug-in type must implement IPlugin")}");
            Assert.AreEqual($"{type.FullName}, {type.Assembly.FullName}", declared.Attribute("AssemblyQualifiedName")!.Value);
        }
    }

    [TestMethod]
    public void Every_step_and_Custom_API_points_at_a_registered_plug_in_type()
    {
        var ids = RegisteredTypes().ToDictionary(t => t.Attribute("PluginTypeId")!.Value.ToLowerInvariant(), t => t.Attribute("Name")!.Value);

        foreach (var step in PluginSteps())
        {
            var id = step.Element("PluginTypeId")!.Value.ToLowerInvariant();
            Assert.IsTrue(ids.ContainsKey(id), $"step {step.Attribute("Name")!.Value} points at an unregistered type");
            StringAssert.StartsWith(step.Element("PluginTypeName")!.Value, ids[id] + ",");
        }
        var zip = PackedSolution.Current.Managed;
        foreach (var api in zip.Entries.Where(e => e.StartsWith("customapis/", StringComparison.Ordinal) && e.EndsWith("/customapi.xml", StringComparison.Ordinal)).Select(zip.Xml))
        {
            var id = api.Root!.Element("plugintypeid")!.Element("plugintypeid")!.Value.ToLowerInvariant();
            Assert.IsTrue(ids.ContainsKey(id), $"Custom API {api.Root.Element("uniquename")!.Value} points at an unregistered type");
            Assert.IsTrue(IsPlugin(TypeOf(ids[id])));
        }
    }

    [TestMethod]
    public void The_solution_steps_are_exactly_the_steps_the_plug_in_classes_declare()
    {
        var declared = _assemblies["SocialCrm.Plugins"].GetExportedTypes()
            .SelectMany(t => t.GetCustomAttributesData().Where(a => a.AttributeType.Name == "PluginStepAttribute").Select(a => Describe(t.FullName!, a)))
            .Order().ToList();

        var inSolution = PluginSteps().Select(Describe).Order().ToList();

        CollectionAssert.AreEqual(declared, inSolution, "\nclasses:\n  " + string.Join("\n  ", declared) + "\nsolution:\n  " + string.Join("\n  ", inSolution));
    }

    private static IEnumerable<XElement> RegisteredTypes() => _customizations.Descendants("PluginType");

    // The webhook's step runs the platform's ServiceBusPlugin, declared by no class of ours.
    private static IEnumerable<XElement> PluginSteps() =>
        _customizations.Descendants("SdkMessageProcessingStep").Where(s => !ServiceEndpointSteps.IsHandledByEndpoint(s));

    private static Type TypeOf(string fullName) =>
        _assemblies.Values.Select(a => a.GetType(fullName)).SingleOrDefault(t => t != null)
        ?? throw new AssertFailedException($"{fullName} is not in the built assemblies");

    private static bool IsPlugin(Type type) => type.GetInterfaces().Any(i => i.FullName == "Microsoft.Xrm.Sdk.IPlugin");

    private static bool IsActivity(Type type)
    {
        for (var t = type.BaseType; t != null; t = t.BaseType)
        {
            if (t.FullName == "System.Activities.CodeActivity")
            {
                return true;
            }
        }
        return false;
    }

    private static string Describe(string type, CustomAttributeData step)
    {
        string Named(string name, string fallback) =>
            step.NamedArguments.Where(a => a.MemberName == name).Select(a => Convert.ToString(a.TypedValue.Value)!).DefaultIfEmpty(fallback).Single();
        return Describe(type, (string)step.ConstructorArguments[0].Value!, (string)step.ConstructorArguments[1].Value!,
            Convert.ToInt32(step.ConstructorArguments[2].Value), Convert.ToInt32(Named("Mode", "0")), Convert.ToInt32(Named("Rank", "1")),
            Named("FilteringAttributes", ""));
    }

    // The message by its id, as Dataverse reads it.
    private static string Describe(XElement step)
    {
        var message = SystemMessages.WithId(Guid.Parse(step.Element("SdkMessageId")!.Value))!.Name;
        return Describe(step.Element("PluginTypeName")!.Value.Split(',')[0], message, step.Element("PrimaryEntity")!.Value,
            int.Parse(step.Element("Stage")!.Value), int.Parse(step.Element("Mode")!.Value), int.Parse(step.Element("Rank")!.Value),
            step.Element("FilteringAttributes")?.Value ?? "");
    }

    private static string Describe(string type, string message, string table, int stage, int mode, int rank, string filtering) =>
        $"{type}: {message} of {table}, stage {stage}, mode {mode}, rank {rank}, filtering [{string.Join(",", filtering.Split(',', StringSplitOptions.RemoveEmptyEntries).Order())}]";
}
