using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The columns a read selects from one table and how they become an Entity: the primary key and row version are always
/// read (they give Entity.Id and Entity.RowVersion); null values are left out of the attributes, as Dataverse does.
/// </summary>
internal sealed class RowSelection
{
    private readonly TableDefinition table;
    private readonly List<ColumnDefinition> columns;

    // Per column, in order: whether its value goes into the entity's attributes (the primary key and the row version
    // are read whether or not they were asked for), and the ordinals of the primary key and row version (-1: none).
    private readonly bool[] kept;
    private readonly int idColumn;
    private readonly int versionColumn;

    private RowSelection(TableDefinition table, List<ColumnDefinition> columns, HashSet<string> requested)
    {
        this.table = table;
        this.columns = columns;
        kept = columns.Select(c => requested.Contains(c.LogicalName)).ToArray();
        idColumn = columns.FindIndex(c => c.LogicalName == table.PrimaryIdColumn);
        versionColumn = columns.FindIndex(c => c.LogicalName == PlatformColumns.VersionNumber);
        Width = columns.Sum(c => c.IsLookup ? 2 : 1);
    }

    /// <summary>How many result columns the selection takes.</summary>
    public int Width { get; }

    // All columns (images, the read before an update) and none (the check that a referenced row exists) are asked for
    // on every write, and the few column sets of an application's reads over and over; tables are immutable (a change
    // makes a new definition), so their selections are built once per table and set of columns.
    private static readonly ConditionalWeakTable<TableDefinition, RowSelection[]> AllOrNone = new();
    private static readonly ConditionalWeakTable<TableDefinition, ConcurrentDictionary<string, RowSelection>> ByColumns = new();

    // Column sets kept per table; past it a selection is built per read, as before any was kept.
    private const int KeptPerTable = 256;

    /// <summary>A selection of <paramref name="columnSet"/>; a column the table lacks fails as Dataverse fails.</summary>
    public static RowSelection For(TableDefinition table, ColumnSet? columnSet)
    {
        if (columnSet is null || columnSet.AllColumns || columnSet.Columns.Count == 0)
        {
            var kept = AllOrNone.GetValue(table, t => new[] { Build(t, new ColumnSet(true)), Build(t, null) });
            return kept[columnSet?.AllColumns == true ? 0 : 1];
        }

        var selections = ByColumns.GetValue(table, _ => new ConcurrentDictionary<string, RowSelection>(StringComparer.OrdinalIgnoreCase));
        var key = string.Join("|", columnSet.Columns);
        if (selections.TryGetValue(key, out var selection))
        {
            return selection;
        }

        selection = Build(table, columnSet);
        if (selections.Count < KeptPerTable)
        {
            selections.TryAdd(key, selection);
        }

        return selection;
    }

    private static RowSelection Build(TableDefinition table, ColumnSet? columnSet)
    {
        var requested = columnSet is null ? new HashSet<string>()
            : columnSet.AllColumns ? table.Columns.Select(c => c.LogicalName).ToHashSet()
            : columnSet.Columns.Select(c => c.ToLowerInvariant()).ToHashSet();
        var unknown = requested.FirstOrDefault(c => !table.HasColumn(c));
        if (unknown is not null)
        {
            throw DataverseFault.UnknownColumn(table.LogicalName, unknown);
        }

        requested.Add(table.PrimaryIdColumn);
        var read = requested.Append(PlatformColumns.VersionNumber).Where(table.HasColumn).Distinct()
            .Select(c => table.FindColumn(c)!).ToList();
        return new RowSelection(table, read, requested);
    }

    /// <summary>A selection for a linked table: only the requested columns, none implied.</summary>
    public static RowSelection ForLink(TableDefinition table, ColumnSet? columnSet)
    {
        var requested = columnSet is null ? new HashSet<string>()
            : columnSet.AllColumns ? table.Columns.Select(c => c.LogicalName).ToHashSet()
            : columnSet.Columns.Select(c => c.ToLowerInvariant()).ToHashSet();
        var unknown = requested.FirstOrDefault(c => !table.HasColumn(c));
        if (unknown is not null)
        {
            throw DataverseFault.UnknownColumn(table.LogicalName, unknown);
        }

        return new RowSelection(table, requested.Select(c => table.FindColumn(c)!).ToList(), requested);
    }

    public string SelectList(string alias) =>
        string.Join(", ", columns.SelectMany(c => c.IsLookup
            ? new[] { $"{alias}.{SqlNames.Quote(c.LogicalName)}", $"{alias}.{SqlNames.Quote(SqlNames.LookupTypeColumn(c.LogicalName))}" }
            : new[] { $"{alias}.{SqlNames.Quote(c.LogicalName)}" }));

    /// <summary>Reads the main table's row starting at result column <paramref name="first"/>.</summary>
    public Entity Read<TValues>(TValues values, int first = 0)
        where TValues : IStoredValues
    {
        var entity = new Entity(table.LogicalName);

        // The row's columns go into its attributes in one AddRange, which sizes the collection once instead of growing it
        // column by column (a query of a thousand rows of twenty columns grew four dictionaries a row).
        var attributes = ArrayPool<KeyValuePair<string, object>>.Shared.Rent(columns.Count);
        var count = 0;
        var ordinal = first;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = Value(values, column, ordinal);
            ordinal += column.IsLookup ? 2 : 1;
            if (i == idColumn)
            {
                entity.Id = (Guid)value!;
            }
            else if (i == versionColumn && value is long version)
            {
                entity.RowVersion = version.ToString(CultureInfo.InvariantCulture);
            }

            if (value is not null && kept[i])
            {
                attributes[count++] = new(column.LogicalName, value);
            }
        }

        entity.Attributes.AddEntries(new ReadOnlySpan<KeyValuePair<string, object>>(attributes, 0, count));
        ArrayPool<KeyValuePair<string, object>>.Shared.Return(attributes, clearArray: true);
        return entity;
    }

    /// <summary>Adds a linked row's values to <paramref name="entity"/> as AliasedValues named "alias.column".</summary>
    public void ReadInto<TValues>(Entity entity, TValues values, int first, string alias)
        where TValues : IStoredValues
    {
        var ordinal = first;
        foreach (var column in columns)
        {
            var value = Value(values, column, ordinal);
            ordinal += column.IsLookup ? 2 : 1;
            if (value is not null)
            {
                entity.Attributes[alias + "." + column.LogicalName] = new AliasedValue(table.LogicalName, column.LogicalName, value);
            }
        }
    }

    private static object? Value<TValues>(TValues values, ColumnDefinition column, int ordinal)
        where TValues : IStoredValues
    {
        var lookupTable = column.IsLookup && !values.IsDBNull(ordinal + 1) ? values.GetString(ordinal + 1) : null;
        return ColumnStorage.FromSql(column, values, ordinal, lookupTable);
    }
}
