using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// The primary names behind lookup values, for their formatted values. They are read in the same query, through an
/// outer link per lookup and target table, so a read stays one RetrieveMultiple however many lookups it shows.
/// </summary>
internal static class LookupNames
{
    public static IEnumerable<LinkEntity> Links(TableDefinition table, IEnumerable<ColumnDefinition> columns, MetadataCatalog catalog)
    {
        foreach (var column in columns.Where(c => c.IsLookup))
        {
            foreach (var target in column.Targets.Select(catalog.FindTable).Where(t => t?.PrimaryNameColumn is not null))
            {
                yield return new LinkEntity(table.LogicalName, target!.LogicalName, column.LogicalName, target.PrimaryIdColumn, JoinOperator.LeftOuter)
                {
                    EntityAlias = Alias(column, target.LogicalName),
                    Columns = new ColumnSet(target.PrimaryNameColumn!),
                };
            }
        }
    }

    /// <summary>The primary name of the record <paramref name="reference"/> points to, when the query read it.</summary>
    public static string? Of(Entity row, ColumnDefinition column, EntityReference reference, MetadataCatalog catalog)
    {
        var nameColumn = catalog.FindTable(reference.LogicalName)?.PrimaryNameColumn;
        return nameColumn is not null && row.Attributes.TryGetValue($"{Alias(column, reference.LogicalName)}.{nameColumn}", out var value) && value is AliasedValue aliased
            ? aliased.Value as string
            : null;
    }

    private static string Alias(ColumnDefinition column, string target) => $"n_{column.LogicalName}_{target}";
}
