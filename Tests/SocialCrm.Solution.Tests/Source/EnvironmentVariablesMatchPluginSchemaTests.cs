using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Solution.Validation;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>Every tunable in Plugins/Schema/EnvironmentVariables.cs is an environment variable of the solution, typed and defaulted as documented there.</summary>
[TestClass]
public sealed class EnvironmentVariablesMatchPluginSchemaTests
{
    [TestMethod]
    public void The_solution_defines_exactly_the_schemas_environment_variables()
    {
        var schema = SolutionMetadata.Constants(typeof(EnvironmentVariables)).Values.OrderBy(v => v, StringComparer.Ordinal).ToList();

        var defined = PackedSolution.Current.Unmanaged.Entries
            .Where(e => e.StartsWith("environmentvariabledefinitions/", StringComparison.Ordinal))
            .Select(e => e.Split('/')[1])
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToList();

        CollectionAssert.AreEqual(schema, defined);
    }

    [TestMethod]
    [DataRow(EnvironmentVariables.ReopenWindowDays, EnvironmentVariableRule.Number, "7", DisplayName = "reopen window: number, 7 days")]
    [DataRow(EnvironmentVariables.AutoCreateContacts, EnvironmentVariableRule.Boolean, "no", DisplayName = "auto-create contacts: yes/no, off")]
    [DataRow(EnvironmentVariables.FallbackCaseAccountId, EnvironmentVariableRule.String, null, DisplayName = "fallback case account: text, no default")]
    public void The_variable_has_the_documented_type_and_default(string schemaName, string type, string? defaultValue)
    {
        var definition = PackedSolution.Current.Unmanaged.Xml($"environmentvariabledefinitions/{schemaName}/environmentvariabledefinition.xml").Root!;

        Assert.AreEqual(schemaName, definition.Attribute("schemaname")!.Value);
        Assert.AreEqual(type, definition.Element("type")!.Value);
        Assert.AreEqual(defaultValue, definition.Element("defaultvalue")?.Value);
    }
}
