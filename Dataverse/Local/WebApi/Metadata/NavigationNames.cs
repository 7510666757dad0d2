using System.Collections.Generic;
using System.Linq;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// Names the navigation properties of a table's lookups. A relationship's own name wins (a solution's referencing role,
/// e.g. scrm_AuthorProfileId); otherwise Dataverse's conventions: a one-table lookup is named after its column
/// (primarycontactid), a multi-table lookup gets one per table (parentcustomerid_account, parentcustomerid_contact), and
/// ownerid is one navigation to any owner.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-navigation-properties
/// </summary>
internal static class NavigationNames
{
    public static IEnumerable<LookupNavigation> For(TableDefinition table, MetadataCatalog catalog)
    {
        var used = new HashSet<string>();
        foreach (var column in table.Columns.Where(c => c.IsLookup))
        {
            if (column.Type == ColumnType.Owner)
            {
                used.Add(column.LogicalName);
                yield return new LookupNavigation(column.LogicalName, column, null);
                continue;
            }

            var named = catalog.Relationships
                .Where(r => r.ReferencingTable == table.LogicalName && r.ReferencingColumn == column.LogicalName)
                .GroupBy(r => r.ReferencedTable)
                .ToDictionary(g => g.Key, g => g.First().ReferencingNavigationPropertyName);
            foreach (var targetName in column.Targets)
            {
                var target = catalog.FindTable(targetName);
                if (target is null)
                {
                    continue;
                }

                var name = named.GetValueOrDefault(targetName)
                    ?? (column.Targets.Count == 1 ? column.LogicalName : $"{column.LogicalName}_{targetName}");
                if (!used.Add(name))
                {
                    name = $"{name}_{targetName}";
                    used.Add(name);
                }

                yield return new LookupNavigation(name, column, target);
            }
        }
    }
}
