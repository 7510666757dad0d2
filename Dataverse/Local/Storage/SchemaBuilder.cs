using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Sqlite;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Creates one SQLite table per Dataverse table, with typed columns, a unique index per alternate key, an index per
/// lookup (of the rows that have one) and one per text find column of the Quick Find view that no key's index leads (a
/// memo is never indexed, as SQL Server cannot index nvarchar(max)). A file store opened with newer metadata gains the
/// new columns and indexes; no column is dropped, and an index made by an older build is made again in today's form.
/// </summary>
internal static class SchemaBuilder
{
    public static void Ensure(SqliteConnection connection, IEnumerable<TableDefinition> tables)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var table in tables)
        {
            Ensure(connection, table);
        }

        transaction.Commit();
    }

    private static void Ensure(SqliteConnection connection, TableDefinition table)
    {
        var name = SqlNames.Quote(table.LogicalName);
        var existing = ExistingColumns(connection, table.LogicalName);
        if (existing.Count == 0)
        {
            var columns = table.Columns.SelectMany(Definitions).Select(d => d.Column == table.PrimaryIdColumn ? $"{SqlNames.Quote(d.Column)} {d.Type} NOT NULL PRIMARY KEY" : $"{SqlNames.Quote(d.Column)} {d.Type}");
            Execute(connection, $"CREATE TABLE {name} ({string.Join(", ", columns)})");
        }
        else
        {
            foreach (var (column, type) in table.Columns.SelectMany(Definitions).Where(d => !existing.Contains(d.Column)))
            {
                Execute(connection, $"ALTER TABLE {name} ADD COLUMN {SqlNames.Quote(column)} {type}");
            }
        }

        var indexes = ExistingIndexes(connection, table.LogicalName);
        foreach (var key in table.AlternateKeys)
        {
            // A file made before has the key's columns in the key's order: its index is made again in this one, once.
            var index = $"key_{table.LogicalName}_{key.LogicalName}";
            var columns = $"({string.Join(", ", KeyIndexColumns(table, key).Select(SqlNames.Quote))})";
            if (indexes.TryGetValue(index, out var existingSql) && !existingSql.EndsWith(columns, System.StringComparison.Ordinal))
            {
                Execute(connection, $"DROP INDEX {SqlNames.Quote(index)}");
            }

            Execute(connection, $"CREATE UNIQUE INDEX IF NOT EXISTS {SqlNames.Quote(index)} ON {name} {columns}");
        }

        foreach (var lookup in Lookups(table))
        {
            // Partial: a row without the lookup (most rows, for a case, a previous conversation, a contact not yet
            // known) costs its index nothing, while "lookup = value" (and IN, and a join on it) implies the lookup is
            // not null, so SQLite still answers it from the index. https://www.sqlite.org/partialindex.html
            // A file made before kept a full index of the same name: it is replaced once.
            var index = SqlNames.Quote($"ix_{table.LogicalName}_{lookup.LogicalName}");
            if (indexes.TryGetValue($"ix_{table.LogicalName}_{lookup.LogicalName}", out var existingSql) && !IsPartial(existingSql))
            {
                Execute(connection, $"DROP INDEX {index}");
            }

            var column = SqlNames.Quote(lookup.LogicalName);
            Execute(connection, $"CREATE INDEX IF NOT EXISTS {index} ON {name} ({column}) WHERE {column} IS NOT NULL");
        }

        var keyLeaders = table.AlternateKeys.Select(key => KeyIndexColumns(table, key)[0]).ToHashSet();
        foreach (var find in IndexedFindColumns(table))
        {
            // A find column that leads a key's index is found through that index (SQLite reads an index from its first
            // column: "=", IN and a LIKE prefix): an index of its own would only double the cost of every write.
            var index = SqlNames.Quote($"find_{table.LogicalName}_{find.LogicalName}");
            Execute(connection, keyLeaders.Contains(find.LogicalName)
                ? $"DROP INDEX IF EXISTS {index}"
                : $"CREATE INDEX IF NOT EXISTS {index} ON {name} ({SqlNames.Quote(find.LogicalName)})");
        }
    }

    // The columns of a key's unique index: a find column of the key first, so that the index also answers Quick Find on
    // it; the others in the key's order. Which comes first changes nothing of what the index makes unique or of how a
    // lookup of the whole key uses it.
    private static List<string> KeyIndexColumns(TableDefinition table, AlternateKeyDefinition key)
    {
        var finds = IndexedFindColumns(table).Select(c => c.LogicalName).ToHashSet();
        var leader = key.Columns.FirstOrDefault(finds.Contains);
        return leader is null ? key.Columns.ToList() : key.Columns.Where(c => c != leader).Prepend(leader).ToList();
    }

    /// <summary>The columns an index of <paramref name="table"/> holds: its primary key, alternate keys, lookups and indexed find columns.</summary>
    public static HashSet<string> IndexedColumns(TableDefinition table)
    {
        var columns = new HashSet<string>(System.StringComparer.Ordinal) { table.PrimaryIdColumn };
        columns.UnionWith(table.AlternateKeys.SelectMany(key => key.Columns));
        columns.UnionWith(Lookups(table).Select(c => c.LogicalName));
        columns.UnionWith(IndexedFindColumns(table).Select(c => c.LogicalName));
        return columns;
    }

    private static IEnumerable<ColumnDefinition> Lookups(TableDefinition table) => table.Columns.Where(c => c.IsLookup);

    private static IEnumerable<ColumnDefinition> IndexedFindColumns(TableDefinition table) =>
        table.FindColumns.Select(table.FindColumn).OfType<ColumnDefinition>().Where(c => c.Type == ColumnType.String);

    private static IEnumerable<(string Column, string Type)> Definitions(ColumnDefinition column)
    {
        yield return (column.LogicalName, ColumnStorage.SqlType(column));
        if (column.IsLookup)
        {
            yield return (SqlNames.LookupTypeColumn(column.LogicalName), "TEXT");
        }
    }

    private static HashSet<string> ExistingColumns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var columns = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    // The indexes SQLite has for the table and the statements that made them.
    private static Dictionary<string, string> ExistingIndexes(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var indexes = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }

    private static bool IsPartial(string createIndexSql) => createIndexSql.Contains(" WHERE ", System.StringComparison.OrdinalIgnoreCase);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
