using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>
/// Issue "solution", second half: every scrm_ column the solution declares earns its place, either on a form or in a
/// view column of its table (people see it) or through its Plugins/Schema constant in the plug-in code (the code
/// reads or writes it). A column that is neither is dead weight in every environment that imports the solution.
/// </summary>
[TestClass]
public sealed class DeclaredColumnsAreShownOrUsedTests
{
    private static readonly Type[] SchemaClasses = { typeof(SocialProfileTable), typeof(ConversationTable), typeof(MentionTable), typeof(EscalationRuleTable) };

    private static SolutionMetadata Solution => SolutionMetadata.Packed;

    [TestMethod]
    public void Every_scrm_column_is_on_a_form_or_view_of_its_table_or_used_by_the_plugins()
    {
        var problems = new List<string>();
        foreach (var entity in Solution.Entities)
        {
            var table = entity.Element("Name")!.Value.ToLowerInvariant();
            var shown = Shown(entity);
            var schema = SchemaClasses.SingleOrDefault(s => SolutionMetadata.Constants(s)["LogicalName"] == table);
            foreach (var column in Solution.Columns(table).Keys.Where(c => c.StartsWith("scrm_", StringComparison.Ordinal)))
            {
                if (!shown.Contains(column) && !UsedByPlugins(schema, column))
                {
                    problems.Add($"{table}.{column}: on no form or view of the table, and no plug-in code uses its Plugins/Schema constant");
                }
            }
        }

        Assert.IsTrue(Solution.Entities.Any(), "The solution declares no table.");
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }

    [TestMethod]
    public void The_source_reader_counts_class_and_alias_references_outside_Schema_only()
    {
        var plugins = RepositoryPaths.NewTemporaryFolder();
        Directory.CreateDirectory(Path.Combine(plugins, "Schema"));
        Directory.CreateDirectory(Path.Combine(plugins, "Stores"));
        File.WriteAllText(Path.Combine(plugins, "Schema", "Mentions.cs"), "class S { string a = MentionTable.Likes; }");
        File.WriteAllText(Path.Combine(plugins, "Stores", "Store.cs"),
            "using Table = SocialCrm.Plugins.Schema.ConversationTable;\nclass C { string a = Table.MentionCount, b = SocialProfileTable.Handle; }");

        var references = PluginSchemaReferences.Read(plugins);

        Assert.AreEqual((true, true, false, false),
            (references.Uses("ConversationTable", "MentionCount"), references.Uses("SocialProfileTable", "Handle"),
             references.Uses("MentionTable", "Likes"), references.Uses("Table", "MentionCount")));
    }

    /// <summary>Columns bound to a form control, or shown as a cell of a view, of this table.</summary>
    private static HashSet<string> Shown(XElement entity)
    {
        var onForms = entity.Descendants("control").Select(c => (string?)c.Attribute("datafieldname"));
        var inViews = entity.Descendants("layoutxml").Descendants("cell").Select(c => (string?)c.Attribute("name"));
        return onForms.Concat(inViews).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static bool UsedByPlugins(Type? schema, string column) =>
        schema != null && SolutionMetadata.Constants(schema)
            .Where(c => c.Value == column)
            .Any(c => PluginSchemaReferences.Current.Uses(schema.Name, c.Key));
}
