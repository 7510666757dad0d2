using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Sdk.Tests.Surface;

/// <summary>
/// The types issue "Foundation" asks the bundled SDK to provide. The surface test only checks what is declared, so a
/// type deleted by mistake would pass it; this one names each type and fails when one goes missing.
/// </summary>
[TestClass]
public sealed class FoundationTypesTests
{
    private const string Xrm = "Microsoft.Xrm.Sdk";
    private const string Workflow = "Microsoft.Xrm.Sdk.Workflow";

    private static readonly string[] XrmTypes =
    [
        "Entity", "EntityReference", "AttributeCollection", "KeyAttributeCollection", "FormattedValueCollection",
        "OptionSetValue", "OptionSetValueCollection", "Money", "AliasedValue", "EntityCollection", "DataCollection`1",
        "DataCollection`2", "ParameterCollection", "EntityImageCollection", "Relationship", "EntityReferenceCollection",
        "IPlugin", "IExecutionContext", "IPluginExecutionContext", "IPluginExecutionContext2", "IPluginExecutionContext3",
        "IPluginExecutionContext4", "IOrganizationService", "IOrganizationServiceFactory", "ITracingService",
        "PluginTelemetry.ILogger", "InvalidPluginExecutionException", "OperationStatus", "ExecuteMultipleSettings",
        "Query.QueryExpression", "Query.QueryByAttribute", "Query.ColumnSet", "Query.ConditionExpression",
        "Query.ConditionOperator", "Query.FilterExpression", "Query.LogicalOperator", "Query.LinkEntity",
        "Query.JoinOperator", "Query.OrderExpression", "Query.OrderType", "Query.PagingInfo", "Query.FetchExpression",
        "Messages.CreateRequest", "Messages.CreateResponse", "Messages.RetrieveRequest", "Messages.RetrieveResponse",
        "Messages.RetrieveMultipleRequest", "Messages.RetrieveMultipleResponse", "Messages.UpdateRequest",
        "Messages.UpdateResponse", "Messages.DeleteRequest", "Messages.DeleteResponse", "Messages.UpsertRequest",
        "Messages.UpsertResponse", "Messages.ExecuteMultipleRequest", "Messages.ExecuteMultipleResponse",
        "Messages.CreateMultipleRequest", "Messages.CreateMultipleResponse", "Messages.UpdateMultipleRequest",
        "Messages.UpdateMultipleResponse", "Messages.UpsertMultipleRequest", "Messages.UpsertMultipleResponse",
    ];

    private static readonly string[] WorkflowTypes =
    [
        "IWorkflowContext", "InputAttribute", "OutputAttribute", "ReferenceTargetAttribute", "DefaultAttribute",
        "AttributeTargetAttribute",
    ];

    [TestMethod]
    [DataRow(Xrm, "Microsoft.Xrm.Sdk.api.txt", DisplayName = "Microsoft.Xrm.Sdk")]
    [DataRow(Workflow, "Microsoft.Xrm.Sdk.Workflow.api.txt", DisplayName = "Microsoft.Xrm.Sdk.Workflow")]
    public void Every_foundation_type_is_public_in_the_built_assembly_and_in_Microsofts_listing(string assemblyName, string listing)
    {
        var path = BuiltAssemblies.Net462($"Dataverse/Sdk/{assemblyName}", assemblyName);
        using var context = BuiltAssemblies.Net462Context(path, BuiltAssemblies.Net462($"Dataverse/Sdk/{Xrm}", Xrm));
        var assembly = context.LoadFromAssemblyPath(path);
        var reference = ReferenceListing.Read(BuiltAssemblies.SharedReference(listing));

        var problems = new List<string>();
        foreach (var fullName in FoundationTypes(assemblyName))
        {
            if (assembly.GetType(fullName) is not { IsPublic: true })
            {
                problems.Add($"{fullName}: not a public type of the built assembly");
            }
            if (!reference.ContainsKey(fullName))
            {
                problems.Add($"{fullName}: not in Microsoft's listing (check the name asked for)");
            }
        }

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }

    /// <summary>Condition operators travel as numbers; a query tool may send any documented one, so all of them are declared.</summary>
    [TestMethod]
    [DataRow("Microsoft.Xrm.Sdk.Query.ConditionOperator", DisplayName = "ConditionOperator")]
    [DataRow("Microsoft.Xrm.Sdk.Query.LogicalOperator", DisplayName = "LogicalOperator")]
    [DataRow("Microsoft.Xrm.Sdk.Query.JoinOperator", DisplayName = "JoinOperator")]
    [DataRow("Microsoft.Xrm.Sdk.Query.OrderType", DisplayName = "OrderType")]
    [DataRow("Microsoft.Xrm.Sdk.OperationStatus", DisplayName = "OperationStatus")]
    public void A_foundation_enum_declares_every_value_of_Microsofts_listing(string fullName)
    {
        var path = BuiltAssemblies.Net462($"Dataverse/Sdk/{Xrm}", Xrm);
        using var context = BuiltAssemblies.Net462Context(path);
        var ours = ApiSurfaceListing.Of(context.LoadFromAssemblyPath(path));
        var expected = ReferenceListing.Read(BuiltAssemblies.SharedReference("Microsoft.Xrm.Sdk.api.txt"))[fullName];

        Assert.IsTrue(ours.TryGetValue(fullName, out var declared), $"{fullName} is not declared.");
        var missing = expected.Members.Where(m => !declared.Members.Contains(m)).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.IsTrue(expected.Members.Count > 0, $"The listing gives {fullName} no values.");
        Assert.AreEqual(0, missing.Count, "Missing: " + string.Join(", ", missing));
    }

    /// <summary>The issue asks for each type to cite its API documentation page in a comment, in its own file.</summary>
    [TestMethod]
    [DataRow(Xrm, DisplayName = "Microsoft.Xrm.Sdk")]
    [DataRow(Workflow, DisplayName = "Microsoft.Xrm.Sdk.Workflow")]
    public void Every_foundation_type_file_cites_its_documentation_page(string assemblyName)
    {
        var sourceDir = Path.Combine(BuiltAssemblies.RepoRoot, "Dataverse", "Sdk", assemblyName);
        var problems = new List<string>();
        foreach (var fullName in FoundationTypes(assemblyName))
        {
            var relative = fullName[(assemblyName.Length + 1)..].Split('.');
            var name = relative[^1].Split('`')[0];
            var folder = Path.Combine([sourceDir, .. relative[..^1]]);
            var files = Directory.GetFiles(folder, name + "*.cs")
                .Where(f => Path.GetFileNameWithoutExtension(f) == name || Path.GetFileName(f).StartsWith(name + "{", StringComparison.Ordinal))
                .ToList();
            // Microsoft's pages spell a generic's arity as "-N": microsoft.xrm.sdk.datacollection-1.
            var page = "https://learn.microsoft.com/dotnet/api/" + fullName.Replace('`', '-').ToLowerInvariant();
            // The page must end there: ...ipluginexecutioncontext4 is not IPluginExecutionContext's page.
            var cited = new Regex(Regex.Escape(page) + @"(?![\w.-])");
            if (!files.Any(f => cited.IsMatch(File.ReadAllText(f))))
            {
                problems.Add($"{fullName}: no file under {folder} cites {page}");
            }
        }

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }

    private static IEnumerable<string> FoundationTypes(string assemblyName) =>
        (assemblyName == Xrm ? XrmTypes : WorkflowTypes).Select(t => $"{assemblyName}.{t}");
}
