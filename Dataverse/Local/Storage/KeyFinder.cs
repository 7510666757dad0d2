using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Resolves alternate key values to row ids, a whole batch per statement (row-value IN list), matching text without
/// case as the key's unique index does.
/// </summary>
internal sealed class KeyFinder
{
    private readonly SqliteRecordStore store;
    private readonly TableDefinition table;
    private readonly List<ColumnDefinition> columns;

    public KeyFinder(SqliteRecordStore store, TableDefinition table, AlternateKeyDefinition key)
    {
        this.store = store;
        this.table = table;
        columns = key.Columns.Select(c => table.FindColumn(c)!).ToList();
    }

    public IReadOnlyDictionary<int, Guid> Find(IReadOnlyList<object?[]> keyValues)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var wanted = keyValues.Select((values, index) => (Index: index, Values: values))
            .Where(k => k.Values.All(v => v is not null)).ToList();
        foreach (var chunk in wanted.Chunk(SqliteRecordStore.BatchSize / Math.Max(1, columns.Count)))
        {
            // Numbered parameters (?1, ?2...), bound by position: a thousand keys of two columns are 2,000 values.
            var keyList = string.Join(", ", columns.Select(c => SqlNames.Quote(c.LogicalName)));
            var tuples = chunk.Select((_, row) => "(" + string.Join(", ", columns.Select((_, i) => "?" + ((row * columns.Count) + i + 1).ToString(CultureInfo.InvariantCulture))) + ")");
            using var statement = store.Statement(
                $"SELECT {SqlNames.Quote(table.PrimaryIdColumn)}, {keyList} FROM {SqlNames.Quote(table.LogicalName)} WHERE ({keyList}) IN (VALUES {string.Join(", ", tuples)})");
            var parameter = 0;
            foreach (var (_, values) in chunk)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    statement.Bind(parameter++, ColumnStorage.ToSql(columns[i], values[i]));
                }
            }

            while (statement.Step())
            {
                var values = columns.Select((_, i) => statement.IsDBNull(i + 1) ? null : statement.GetValue(i + 1)).ToArray();
                found[Normalize(values)] = Guid.Parse(statement.GetString(0));
            }
        }

        var result = new Dictionary<int, Guid>();
        foreach (var (index, values) in wanted)
        {
            if (found.TryGetValue(Normalize(columns.Select((c, i) => ColumnStorage.ToSql(c, values[i])).ToArray()), out var id))
            {
                result[index] = id;
            }
        }

        return result;
    }

    private static string Normalize(object?[] values) =>
        string.Join("\u001f", values.Select(v => v switch
        {
            string text => text.ToLowerInvariant(),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => Convert.ToString(v, CultureInfo.InvariantCulture),
        }));
}
