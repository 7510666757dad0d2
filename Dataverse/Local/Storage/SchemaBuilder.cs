using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Sqlite;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Creates one SQLite table per Dataverse table, with typed columns, a unique index per alternate key, an index per
/// lookup (of the rows that have one) and one per text find column of the Quick Find view (a memo is never indexed, as SQL Server cannot index
/// nvarchar(max)). A file store opened with newer metadata gains the new columns and indexes; nothing is dropped.
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

        foreach (var key in table.AlternateKeys)
        {
            Execute(connection, $"CREATE UNIQUE INDEX IF NOT EXISTS {SqlNames.Quote($"key_{table.LogicalName}_{key.LogicalName}")} ON {name} ({string.Join(", ", key.Columns.Select(SqlNames.Quote))})");
        }

        var indexes = ExistingIndexes(connection, table.LogicalName);
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

        foreach (var find in IndexedFindColumns(table))
        {
            Execute(connection, $"CREATE INDEX IF NOT EXISTS {SqlNames.Quote($"find_{table.LogicalName}_{find.LogicalName}")} ON {name} ({SqlNames.Quote(find.LogicalName)})");
        }
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
