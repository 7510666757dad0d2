using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local;
using SocialCrm.Plugins.Tests.Support;

namespace SocialCrm.EndToEnd.Tests.SolutionImport;

/// <summary>
/// The plug-in tests run on tables defined in code, for speed; this keeps those definitions honest: every column they
/// define exists in the imported solution with the same type, lookup targets and precision, and so do the keys.
/// </summary>
[TestClass]
public sealed class PluginTestTablesMatchTheSolutionTests
{
    [TestMethod]
    public void Every_column_and_key_the_plug_in_tests_define_is_the_same_in_the_imported_solution()
    {
        using var dataverse = LocalDataverse.FromSolution(SolutionZips.Managed).Build();
        var problems = new System.Collections.Generic.List<string>();

        foreach (var table in SocialCrmTables.All())
        {
            var imported = dataverse.Metadata.FindTable(table.LogicalName);
            if (imported == null)
            {
                problems.Add($"{table.LogicalName}: not in the solution");
                continue;
            }
            foreach (var column in table.Columns)
            {
                var twin = imported.FindColumn(column.LogicalName);
                if (twin == null)
                {
                    problems.Add($"{table.LogicalName}.{column.LogicalName}: not in the solution");
                }
                else if (twin.Type != column.Type || !twin.Targets.OrderBy(t => t).SequenceEqual(column.Targets.OrderBy(t => t)) || (column.Precision != null && twin.Precision != column.Precision))
                {
                    problems.Add($"{table.LogicalName}.{column.LogicalName}: tests say {column.Type}({string.Join("|", column.Targets)}) precision {column.Precision}, the solution {twin.Type}({string.Join("|", twin.Targets)}) precision {twin.Precision}");
                }
            }
            foreach (var key in table.AlternateKeys)
            {
                var twin = imported.AlternateKeys.SingleOrDefault(k => k.LogicalName == key.LogicalName);
                if (twin == null || !twin.Columns.SequenceEqual(key.Columns))
                {
                    problems.Add($"{table.LogicalName}: key {key.LogicalName} differs");
                }
            }
        }

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }
}
