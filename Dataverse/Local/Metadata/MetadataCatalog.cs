using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// All tables and relationships of one environment. Tables get their platform columns when added; a table added twice
/// (a solution extending a standard table) is merged; relationships add their referenced table to the lookup's targets.
/// </summary>
public sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableDefinition> tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RelationshipDefinition> relationships = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty catalog; most callers want <see cref="WithStandardTables"/>.</summary>
    public MetadataCatalog()
    {
    }

    /// <summary>A catalog holding the built-in standard tables.</summary>
    public static MetadataCatalog WithStandardTables()
    {
        var catalog = new MetadataCatalog();
        foreach (var table in StandardTables.All())
        {
            catalog.Add(table);
        }

        foreach (var relationship in StandardTables.Relationships())
        {
            catalog.Add(relationship);
        }

        return catalog;
    }

    public IEnumerable<TableDefinition> Tables => tables.Values;

    public IEnumerable<RelationshipDefinition> Relationships => relationships.Values;

    public MetadataCatalog Add(TableDefinition table)
    {
        var merged = tables.TryGetValue(table.LogicalName, out var existing) ? existing.MergedWith(table) : table;
        tables[table.LogicalName] = PlatformColumns.Complete(merged);
        foreach (var relationship in relationships.Values.Where(r => r.ReferencingTable == table.LogicalName))
        {
            AddTarget(relationship);
        }

        return this;
    }

    public MetadataCatalog Add(RelationshipDefinition relationship)
    {
        relationships[relationship.SchemaName] = relationship;
        AddTarget(relationship);
        return this;
    }

    public TableDefinition? FindTable(string logicalName) =>
        tables.TryGetValue(logicalName, out var table) ? table : null;

    public TableDefinition? FindTableByEntitySetName(string entitySetName) =>
        tables.Values.FirstOrDefault(t => string.Equals(t.EntitySetName, entitySetName, StringComparison.OrdinalIgnoreCase));

    public RelationshipDefinition? FindRelationship(string schemaName) =>
        relationships.TryGetValue(schemaName, out var relationship) ? relationship : null;

    private void AddTarget(RelationshipDefinition relationship)
    {
        if (!tables.TryGetValue(relationship.ReferencingTable, out var table))
        {
            return;
        }

        var column = table.FindColumn(relationship.ReferencingColumn);
        if (column is null || !column.IsLookup || column.Targets.Contains(relationship.ReferencedTable))
        {
            return;
        }

        // A Lookup declared with no target means "any table"; its first relationship narrows it.
        tables[table.LogicalName] = table.WithColumn(column.WithTarget(relationship.ReferencedTable));
    }
}
