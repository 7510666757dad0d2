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
            Bind(write, row);
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
            Bind(write, row);
            if (write.IndexedStatement is { } indexed)
            {
                indexed.BindGuid(indexed.ParameterCount - 1, row.Id);
                Run(indexed);
            }

            write.Statement.BindGuid(write.Statement.ParameterCount - 1, row.Id);
            Run(write.Statement);
            updated += write.Statement.Changes;
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
    // lookups. A statement lists the columns in the row's order (its shape), so a row is bound as it is enumerated.
    private PreparedWrite Write(Entity row, ColumnShape shape, bool insert)
    {
        if (store.TryGetWrite(table, insert, shape, out var write))
        {
            return write;
        }

        var columns = Columns(row);
        var slots = new ColumnSlot[columns.Length];
        if (insert)
        {
            var sqlColumns = columns.Prepend(table.FindColumn(table.PrimaryIdColumn)!).SelectMany(SqlColumns).ToList();
            var sql = $"INSERT INTO {SqlNames.Quote(table.LogicalName)} ({string.Join(", ", sqlColumns.Select(SqlNames.Quote))}) VALUES ({string.Join(", ", Parameters(sqlColumns.Count))})";
            var statement = store.Prepare(sql);
            Place(columns, _ => true, statement, first: 1, slots);
            return store.AddWrite(table, insert, shape, new PreparedWrite(statement, slots));
        }

        // SQLite rewrites the entry of every index whose column is in an UPDATE's SET list, even with the value it had
        // (a delete and an insert at the row's place in the index, and that page written to the log at commit): every
        // update sets modifiedby, nearly always to the same user, and a plug-in's rollup rarely changes a lookup or a
        // find column. So the indexed columns are set by a statement of their own that changes the row only when one
        // of them differs; it runs first, as it is the one a duplicate alternate key fails, before anything is written.
        var indexed = SchemaBuilder.IndexedColumns(table);
        var plain = columns.Where(c => !indexed.Contains(c.LogicalName)).ToArray();
        var keyed = columns.Where(c => indexed.Contains(c.LogicalName)).ToArray();
        if (plain.Length == 0 || keyed.Length == 0)
        {
            var statement = store.Prepare(UpdateSql(columns, onlyWhenChanged: false));
            Place(columns, _ => true, statement, first: 0, slots);
            return store.AddWrite(table, insert, shape, new PreparedWrite(statement, slots));
        }

        var indexedStatement = store.Prepare(UpdateSql(keyed, onlyWhenChanged: true));
        var plainStatement = store.Prepare(UpdateSql(plain, onlyWhenChanged: false));
        Place(columns, c => indexed.Contains(c.LogicalName), indexedStatement, first: 0, slots);
        Place(columns, c => !indexed.Contains(c.LogicalName), plainStatement, first: 0, slots);
        return store.AddWrite(table, insert, shape, new PreparedWrite(plainStatement, slots, indexedStatement));
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

    // The row's columns in its order, less its primary key (an INSERT binds that first).
    private ColumnDefinition[] Columns(Entity row) =>
        row.Attributes.Keys.Where(k => k != table.PrimaryIdColumn)
            .Select(k => table.FindColumn(k) ?? throw DataverseFault.UnknownColumn(table.LogicalName, k)).ToArray();

    // Gives the columns <paramref name="inStatement"/> accepts their parameters in <paramref name="statement"/>, in order
    // from <paramref name="first"/>; a lookup takes two, its id and its table's name.
    private static void Place(ColumnDefinition[] columns, Func<ColumnDefinition, bool> inStatement, RowStatement statement, int first, ColumnSlot[] slots)
    {
        var parameter = first;
        for (var i = 0; i < columns.Length; i++)
        {
            if (inStatement(columns[i]))
            {
                slots[i] = new ColumnSlot(columns[i], statement, parameter);
                parameter += columns[i].IsLookup ? 2 : 1;
            }
        }
    }

    private static IEnumerable<string> SqlColumns(ColumnDefinition column) =>
        column.IsLookup ? new[] { column.LogicalName, SqlNames.LookupTypeColumn(column.LogicalName) } : new[] { column.LogicalName };

    // Numbered parameters (?1, ?2...): bound by position, in the order of the columns.
    private static string[] Parameters(int count) => Enumerable.Range(1, count).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    // The row's columns in its order are the slots' order (the shape guarantees it): no column is looked up by name.
    private void Bind(PreparedWrite write, Entity row)
    {
        var slots = write.Slots;
        var next = 0;
        foreach (var (name, value) in row.Attributes.Unboxed)
        {
            if (name == table.PrimaryIdColumn)
            {
                continue;
            }

            var (column, statement, parameter) = slots[next++];
            ColumnStorage.Bind(statement, parameter, column, value);
            if (column.IsLookup)
            {
                if (value is EntityReference reference)
                {
                    statement.BindText(parameter + 1, reference.LogicalName.ToLowerInvariant());
                }
                else
                {
                    statement.BindNull(parameter + 1);
                }
            }
        }
    }

    private void Run(RowStatement statement)
    {
        try
        {
            statement.Execute();
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
