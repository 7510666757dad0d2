using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>A Dataverse table: its columns, keys and the names the SDK and the Web API use for it.</summary>
public sealed class TableDefinition
{
    private readonly Dictionary<string, ColumnDefinition> columnsByName;

    // The same columns by their names exactly as defined (lower case), asked first: nearly every name a request carries
    // is written so, and an exact string hash costs less than one that folds case. Every column of every write is looked up.
    private readonly Dictionary<string, ColumnDefinition> columnsByExactName;

    public TableDefinition(
        string logicalName,
        string primaryIdColumn,
        string? primaryNameColumn,
        IEnumerable<ColumnDefinition> columns,
        IEnumerable<AlternateKeyDefinition>? alternateKeys = null,
        string? entitySetName = null,
        bool isActivity = false,
        OwnershipType ownership = OwnershipType.UserOwned,
        IEnumerable<string>? findColumns = null)
    {
        LogicalName = logicalName.ToLowerInvariant();
        PrimaryIdColumn = primaryIdColumn.ToLowerInvariant();
        PrimaryNameColumn = primaryNameColumn?.ToLowerInvariant();
        Columns = columns.GroupBy(c => c.LogicalName).Select(g => g.Last()).ToList();
        columnsByName = Columns.ToDictionary(c => c.LogicalName, StringComparer.OrdinalIgnoreCase);
        columnsByExactName = Columns.ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
        AlternateKeys = (alternateKeys ?? Enumerable.Empty<AlternateKeyDefinition>()).ToList();
        EntitySetName = entitySetName ?? LogicalName + "s";
        IsActivity = isActivity;
        Ownership = ownership;
        FindColumns = (findColumns ?? Enumerable.Empty<string>()).Select(c => c.ToLowerInvariant()).Where(columnsByName.ContainsKey).Distinct().ToList();

        if (!columnsByName.ContainsKey(PrimaryIdColumn))
        {
            throw new ArgumentException($"Table '{LogicalName}' has no column for its primary key '{PrimaryIdColumn}'.");
        }

        foreach (var key in AlternateKeys)
        {
            var missing = key.Columns.FirstOrDefault(c => !columnsByName.ContainsKey(c));
            if (missing is not null)
            {
                throw new ArgumentException($"Alternate key '{key.LogicalName}' of '{LogicalName}' names unknown column '{missing}'.");
            }
        }
    }

    public string LogicalName { get; }

    /// <summary>The Web API's collection name (EntitySetName), e.g. "accounts".</summary>
    public string EntitySetName { get; }

    public string PrimaryIdColumn { get; }

    public string? PrimaryNameColumn { get; }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IReadOnlyList<AlternateKeyDefinition> AlternateKeys { get; }

    /// <summary>Activity tables share activitypointer's columns and appear on timelines.</summary>
    public bool IsActivity { get; }

    public OwnershipType Ownership { get; }

    /// <summary>
    /// The find columns of the table's Quick Find view: the columns people and code look rows up by besides keys and
    /// lookups. The store indexes them, so such a lookup stays flat as the table grows.
    /// </summary>
    public IReadOnlyList<string> FindColumns { get; }

    public ColumnDefinition? FindColumn(string logicalName) =>
        columnsByExactName.TryGetValue(logicalName, out var column) || columnsByName.TryGetValue(logicalName, out column) ? column : null;

    public bool HasColumn(string logicalName) => columnsByExactName.ContainsKey(logicalName) || columnsByName.ContainsKey(logicalName);

    /// <summary>The alternate key made of exactly <paramref name="columnNames"/>, if there is one.</summary>
    public AlternateKeyDefinition? FindKeyMadeOf(IEnumerable<string> columnNames)
    {
        var names = columnNames.ToList();
        return AlternateKeys.FirstOrDefault(k => k.IsMadeOf(names));
    }

    /// <summary>A copy with <paramref name="extra"/> columns added; a column already present is kept as it is.</summary>
    public TableDefinition WithMissingColumns(IEnumerable<ColumnDefinition> extra) =>
        Rebuild(Columns.Concat(extra.Where(c => !columnsByName.ContainsKey(c.LogicalName))));

    /// <summary>A copy where <paramref name="replacement"/> takes the place of the column of the same name.</summary>
    public TableDefinition WithColumn(ColumnDefinition replacement) =>
        Rebuild(Columns.Select(c => c.LogicalName == replacement.LogicalName ? replacement : c)
            .Concat(columnsByName.ContainsKey(replacement.LogicalName) ? Enumerable.Empty<ColumnDefinition>() : new[] { replacement }));

    /// <summary>
    /// This table extended by <paramref name="other"/> (a solution adding columns and keys to a standard table):
    /// the other's columns win, keys are merged by name.
    /// </summary>
    public TableDefinition MergedWith(TableDefinition other) => new(
        LogicalName,
        PrimaryIdColumn,
        other.PrimaryNameColumn ?? PrimaryNameColumn,
        Columns.Where(c => !other.HasColumn(c.LogicalName)).Concat(other.Columns),
        AlternateKeys.Where(k => other.AlternateKeys.All(o => o.LogicalName != k.LogicalName)).Concat(other.AlternateKeys),
        EntitySetName,
        IsActivity || other.IsActivity,
        Ownership,
        FindColumns.Concat(other.FindColumns));

    private TableDefinition Rebuild(IEnumerable<ColumnDefinition> columns) =>
        new(LogicalName, PrimaryIdColumn, PrimaryNameColumn, columns, AlternateKeys, EntitySetName, IsActivity, Ownership, FindColumns);
}
