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

    // Rows are written one by one in their order, each through the prepared statement of its shape: a plug-in's single
    // write is one row, and a batch's rows share a handful of shapes.
    public void Insert(IReadOnlyList<Entity> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var write = Write(row, new ColumnShape(row, table.PrimaryIdColumn), insert: true);
            write.Statement.BindGuid(0, row.Id);
            Bind(write.Statement, write.Columns, row, first: 1);
            Run(write.Statement);
        }
    }

    public int Update(IReadOnlyList<Entity> rows)
    {
        var updated = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var shape = new ColumnShape(row, table.PrimaryIdColumn);
            if (shape.IsEmpty)
            {
                continue;
            }

            var write = Write(row, shape, insert: false);
            if (write.IndexedColumns is { } indexed)
            {
                RunUpdate(indexed, row);
            }

            updated += RunUpdate(write, row);
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

    // The shape names the prepared statement, so a row whose columns were seen before costs no SQL text and no column
    // lookups.
    private PreparedWrite Write(Entity row, ColumnShape shape, bool insert)
    {
        if (store.TryGetWrite(table, insert, shape, out var write))
        {
            return write;
        }

        var bound = Columns(row, includeKey: insert);
        if (insert)
        {
            var sqlColumns = bound.SelectMany(SqlColumns).ToList();
            var sql = $"INSERT INTO {SqlNames.Quote(table.LogicalName)} ({string.Join(", ", sqlColumns.Select(SqlNames.Quote))}) VALUES ({string.Join(", ", Parameters(sqlColumns.Count))})";
            return store.AddWrite(table, insert, shape, new PreparedWrite(store.Prepare(sql), bound));
        }

        // SQLite rewrites the entry of every index whose column is in an UPDATE's SET list, even with the value it had
        // (a delete and an insert at the row's place in the index, and that page written to the log at commit): every
        // update sets modifiedby, nearly always to the same user, and a plug-in's rollup rarely changes a lookup or a
        // find column. So the indexed columns are set by a statement of their own that changes the row only when one
        // of them differs; it runs first, as it is the one a duplicate alternate key fails, before anything is written.
        var indexed = SchemaBuilder.IndexedColumns(table);
        var plain = bound.Where(c => !indexed.Contains(c.LogicalName)).ToArray();
        var keyed = bound.Where(c => indexed.Contains(c.LogicalName)).ToArray();
        if (plain.Length == 0 || keyed.Length == 0)
        {
            return store.AddWrite(table, insert, shape, new PreparedWrite(store.Prepare(UpdateSql(bound, onlyWhenChanged: false)), bound));
        }

        var indexedWrite = new PreparedWrite(store.Prepare(UpdateSql(keyed, onlyWhenChanged: true)), keyed);
        return store.AddWrite(table, insert, shape, new PreparedWrite(store.Prepare(UpdateSql(plain, onlyWhenChanged: false)), plain, indexedWrite));
    }

    // Text compares without case in these columns (COLLATE NOCASE), so "changed" compares bytes: a new casing is written.
    private string UpdateSql(ColumnDefinition[] columns, bool onlyWhenChanged)
    {
        var sqlColumns = columns.SelectMany(SqlColumns).ToList();
        var parameters = Parameters(sqlColumns.Count);
        var sql = $"UPDATE {SqlNames.Quote(table.LogicalName)} SET {string.Join(", ", sqlColumns.Select((c, i) => $"{SqlNames.Quote(c)} = {parameters[i]}"))} WHERE {SqlNames.Quote(table.PrimaryIdColumn)} = ?{sqlColumns.Count + 1}";
        return onlyWhenChanged
            ? $"{sql} AND ({string.Join(" OR ", sqlColumns.Select((c, i) => $"{SqlNames.Quote(c)} IS NOT {parameters[i]} COLLATE BINARY"))})"
            : sql;
    }

    // An INSERT binds the primary key first; the other columns follow in name order, each lookup with its table's name.
    private ColumnDefinition[] Columns(Entity row, bool includeKey)
    {
        var columns = row.Attributes.Keys.Where(k => k != table.PrimaryIdColumn).OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => table.FindColumn(k) ?? throw DataverseFault.UnknownColumn(table.LogicalName, k));
        return (includeKey ? columns.Prepend(table.FindColumn(table.PrimaryIdColumn)!) : columns).ToArray();
    }

    private static IEnumerable<string> SqlColumns(ColumnDefinition column) =>
        column.IsLookup ? new[] { column.LogicalName, SqlNames.LookupTypeColumn(column.LogicalName) } : new[] { column.LogicalName };

    // Numbered parameters (?1, ?2...): bound by position, in the order of the columns.
    private static string[] Parameters(int count) => Enumerable.Range(1, count).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static void Bind(RowStatement statement, ColumnDefinition[] columns, Entity row, int first)
    {
        var index = first;
        var values = row.Attributes;
        for (var c = first; c < columns.Length; c++)
        {
            var column = columns[c];
            var value = values[column.LogicalName];
            ColumnStorage.Bind(statement, index++, column, value);
            if (column.IsLookup)
            {
                if (value is EntityReference reference)
                {
                    statement.BindText(index++, reference.LogicalName.ToLowerInvariant());
                }
                else
                {
                    statement.BindNull(index++);
                }
            }
        }
    }

    private int RunUpdate(PreparedWrite write, Entity row)
    {
        Bind(write.Statement, write.Columns, row, first: 0);
        write.Statement.BindGuid(write.Statement.ParameterCount - 1, row.Id);
        return Run(write.Statement);
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
