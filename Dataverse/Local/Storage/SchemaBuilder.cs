using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Sqlite;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Creates one SQLite table per Dataverse table, with typed columns, a unique index per alternate key, an index per
/// lookup and one per text find column of the Quick Find view (a memo is never indexed, as SQL Server cannot index
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

        foreach (var lookup in table.Columns.Where(c => c.IsLookup))
        {
            Execute(connection, $"CREATE INDEX IF NOT EXISTS {SqlNames.Quote($"ix_{table.LogicalName}_{lookup.LogicalName}")} ON {name} ({SqlNames.Quote(lookup.LogicalName)})");
        }

        foreach (var find in table.FindColumns.Select(table.FindColumn).Where(c => c is { Type: ColumnType.String }))
        {
            Execute(connection, $"CREATE INDEX IF NOT EXISTS {SqlNames.Quote($"find_{table.LogicalName}_{find!.LogicalName}")} ON {name} ({SqlNames.Quote(find.LogicalName)})");
        }
    }

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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
