using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Inserts, updates and deletes rows of one table. Rows with the same set of columns share one prepared statement, so
/// a batch is one statement executed per row rather than one statement built per row.
/// </summary>
internal sealed class RowWriter
{
    private readonly SqliteRecordStore store;
    private readonly TableDefinition table;

    public RowWriter(SqliteRecordStore store, TableDefinition table)
    {
        this.store = store;
        this.table = table;
    }

    public void Insert(IReadOnlyList<Entity> rows)
    {
        foreach (var (shape, group) in ByShape(rows))
        {
            if (!store.TryGetWrite(table, insert: true, shape, out var write))
            {
                var bound = Columns(group.First(), includeKey: true);
                var sqlColumns = bound.SelectMany(SqlColumns).ToList();
                write = store.AddWrite(table, insert: true, shape,
                    $"INSERT INTO {SqlNames.Quote(table.LogicalName)} ({string.Join(", ", sqlColumns.Select(SqlNames.Quote))}) VALUES ({string.Join(", ", Parameters(sqlColumns.Count))})",
                    bound);
            }

            var (statement, columns) = write;
            foreach (var row in group)
            {
                Bind(statement, columns, row);
                Run(statement);
            }
        }
    }

    public int Update(IReadOnlyList<Entity> rows)
    {
        var updated = 0;
        foreach (var (shape, group) in ByShape(rows))
        {
            if (shape.IsEmpty)
            {
                continue;
            }

            if (!store.TryGetWrite(table, insert: false, shape, out var write))
            {
                var bound = Columns(group.First(), includeKey: false);
                var sqlColumns = bound.SelectMany(SqlColumns).ToList();
                var parameters = Parameters(sqlColumns.Count);
                write = store.AddWrite(table, insert: false, shape,
                    $"UPDATE {SqlNames.Quote(table.LogicalName)} SET {string.Join(", ", sqlColumns.Select((c, i) => $"{SqlNames.Quote(c)} = {parameters[i]}"))} WHERE {SqlNames.Quote(table.PrimaryIdColumn)} = ?{sqlColumns.Count + 1}",
                    bound);
            }

            var (statement, columns) = write;
            foreach (var row in group)
            {
                Bind(statement, columns, row);
                statement.BindGuid(statement.ParameterCount - 1, row.Id);
                updated += Run(statement);
            }
        }

        return updated;
    }

    public int Delete(IReadOnlyCollection<Guid> ids)
    {
        var deleted = 0;
        foreach (var chunk in ids.Chunk(SqliteRecordStore.BatchSize))
        {
            using var command = store.Command(string.Empty);
            var names = chunk.Select((id, i) => SqliteRecordStore.AddParameter(command, "$id" + i, id.ToString("D"))).ToList();
            command.CommandText = $"DELETE FROM {SqlNames.Quote(table.LogicalName)} WHERE {SqlNames.Quote(table.PrimaryIdColumn)} IN ({string.Join(", ", names)})";
            deleted += store.ExecuteNonQuery(command);
        }

        return deleted;
    }

    public int ClearReferences(string column, IReadOnlyCollection<Guid> ids)
    {
        var cleared = 0;
        foreach (var chunk in ids.Chunk(SqliteRecordStore.BatchSize))
        {
            using var command = store.Command(string.Empty);
            var names = chunk.Select((id, i) => SqliteRecordStore.AddParameter(command, "$id" + i, id.ToString("D"))).ToList();
            command.CommandText = $"UPDATE {SqlNames.Quote(table.LogicalName)} SET {SqlNames.Quote(column)} = NULL, {SqlNames.Quote(SqlNames.LookupTypeColumn(column))} = NULL " +
                $"WHERE {SqlNames.Quote(column)} IN ({string.Join(", ", names)})";
            cleared += store.ExecuteNonQuery(command);
        }

        return cleared;
    }

    // A single row (every plug-in's Create or Update) is its own group. The shape names the prepared statement, so a row
    // whose columns were seen before costs no SQL text and no column lookups.
    private IEnumerable<(ColumnShape Shape, IEnumerable<Entity> Rows)> ByShape(IReadOnlyList<Entity> rows) =>
        rows.Count == 1
            ? new[] { (new ColumnShape(rows[0], table.PrimaryIdColumn), (IEnumerable<Entity>)rows) }
            : rows.GroupBy(r => new ColumnShape(r, table.PrimaryIdColumn)).Select(g => (g.Key, (IEnumerable<Entity>)g));

    private List<ColumnDefinition> Columns(Entity row, bool includeKey)
    {
        var columns = row.Attributes.Keys.Where(k => k != table.PrimaryIdColumn).OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => table.FindColumn(k) ?? throw DataverseFault.UnknownColumn(table.LogicalName, k)).ToList();
        if (includeKey)
        {
            columns.Insert(0, table.FindColumn(table.PrimaryIdColumn)!);
        }

        return columns;
    }

    private static IEnumerable<string> SqlColumns(ColumnDefinition column) =>
        column.IsLookup ? new[] { column.LogicalName, SqlNames.LookupTypeColumn(column.LogicalName) } : new[] { column.LogicalName };

    // Numbered parameters (?1, ?2...): bound by position, in the order of the columns.
    private static string[] Parameters(int count) => Enumerable.Range(1, count).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private void Bind(RowStatement statement, IReadOnlyList<ColumnDefinition> columns, Entity row)
    {
        var index = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (column.LogicalName == table.PrimaryIdColumn)
            {
                statement.BindGuid(index++, row.Id);
                continue;
            }

            var value = row.Attributes[column.LogicalName];
            ColumnStorage.Bind(statement, index++, column, value);
            if (column.IsLookup)
            {
                statement.Bind(index++, value is EntityReference reference ? reference.LogicalName.ToLowerInvariant() : null);
            }
        }
    }

    private int Run(RowStatement statement)
    {
        try
        {
            return statement.Execute();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19 && e.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal))
        {
            throw DuplicateKey(e.Message);
        }
    }

    // SQLite names the columns of the violated index: "UNIQUE constraint failed: table.col1, table.col2".
    private Exception DuplicateKey(string sqliteMessage)
    {
        var columns = sqliteMessage[(sqliteMessage.IndexOf("failed:", StringComparison.Ordinal) + 7)..]
            .Trim().TrimEnd('.', '\'').Split(',').Select(c => c.Trim()[(c.Trim().IndexOf('.') + 1)..]).ToList();
        var key = table.FindKeyMadeOf(columns);
        if (key is null)
        {
            return DataverseFault.Create(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
        }

        return DataverseFault.Create(
            ErrorCodes.DuplicateRecord,
            $"A record that has the attribute values {string.Join(", ", key.Columns)} already exists. The entity key {key.LogicalName} requires that this set of attributes contains unique values. Select unique values and try again.",
            new Dictionary<string, object> { ["EntityKeyName"] = key.LogicalName });
    }
}
