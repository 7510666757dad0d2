using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The SQLite store: in memory for tests (a shared-cache database kept alive by the writer's connection for the store's
/// life), or a file for the local default so data survives a restart. One connection writes; reads outside a
/// transaction get a connection of their own from a pool, so they run side by side. In a file (WAL) a reader sees the
/// last committed state even while a write is in progress; in memory, readers must wait for the writer (the caller's
/// <see cref="ReadsBesideWriter"/>).
/// https://www.sqlite.org/wal.html, https://www.sqlite.org/inmemorydb.html
/// </summary>
public sealed class SqliteRecordStore : IRecordStore
{
    // SQLite accepts 32766 parameters per statement. Cutting lists of ids or keys at 10000 values keeps any batch
    // Dataverse accepts (1000 rows is the usual ceiling) in one statement.
    internal const int BatchSize = 10000;

    // Distinct statements kept prepared per connection; past it the cache starts again (rare: one INSERT or UPDATE per
    // table and set of columns, one SELECT per table, columns and number of ids).
    private const int PreparedCapacity = 512;

    // The log's size, in pages, past which the checkpointer copies it into the file. A checkpoint copies each page the
    // log holds once, however many commits wrote it; at SQLite's default of 1,000 pages (4 MiB) a batch of writes passes
    // it every commit, so the index pages a batch touches were copied again at every commit. At 10,000 pages (40 MiB of
    // log) a page written by several batches is copied once: a 2,000-row transaction's commit took a third less CPU
    // over 30 transactions when the commit still checkpointed.
    // https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint, https://www.sqlite.org/wal.html#ckpt
    private const int CheckpointFrames = 10000;

    // A commit survives the process's crash; a power loss may roll back the last ones but never breaks the file (in WAL
    // mode the log is synced before each checkpoint and the file after it). https://www.sqlite.org/pragma.html#pragma_synchronous
    private const string Synchronous = "NORMAL";

    private readonly SqliteConnection connection;
    private readonly string connectionString;
    private readonly StrongBox<long> queries;
    private readonly ConcurrentBag<SqliteRecordStore> idleReaders = new();

    // The statements this connection runs once per row (an INSERT or UPDATE per table and column set, a read by id, the
    // version counter), prepared once: SQLite spends as long compiling such a statement as running it.
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    // The INSERT or UPDATE of each table and set of columns, found by that set: no SQL text is built for a known shape.
    private readonly Dictionary<(TableDefinition Table, bool Insert, ColumnShape Shape), PreparedWrite> writes = new();

    // The read of one row by id for each selection (a table and its columns), found by the selection itself.
    private readonly Dictionary<RowSelection, RowStatement> reads = new();

    // The SELECT of each query shape (its SQL text; values are bound by position, so a shape's text does not change with
    // them): a plug-in sends the same few queries every batch, and SQLite compiling one cost about as much as running it.
    private readonly Dictionary<string, RowStatement> queryShapes = new(StringComparer.Ordinal);

    // Whether one id names a row, per table: the check of every lookup a single write sets.
    private readonly Dictionary<TableDefinition, RowStatement> exists = new();

    // Rows the transaction in progress inserted, read or found, which exist until it deletes rows or ends: a plug-in's
    // batch links its rows to rows it wrote, queried or checked a moment before (a conversation to its new profile, to
    // the same contact), updates rows it queried, and each link is checked again by every write that sets it.
    private readonly HashSet<(TableDefinition Table, Guid Id)> knownRows = new();
    private readonly WalCheckpointer? checkpointer;
    private SqliteTransaction? transaction;

    // The last row version handed out in the transaction in progress; null until it reserves one.
    private long? lastVersion;

    private SqliteRecordStore(string connectionString, bool isFile, StrongBox<long>? writersQueries = null, int checkpointFrames = 0)
    {
        this.connectionString = connectionString;
        ReadsBesideWriter = isFile;
        queries = writersQueries ?? new StrongBox<long>();
        connection = new SqliteConnection(connectionString);
        connection.Open();
        if (writersQueries is not null)
        {
            // A reader: anything but a read fails loudly instead of writing beside the writer.
            Execute("PRAGMA query_only=1");
            return;
        }

        if (isFile)
        {
            // WAL lets readers (the pool's, a second process) in while the environment writes.
            Execute("PRAGMA journal_mode=WAL");
            Execute("PRAGMA synchronous=" + Synchronous);

            // The writer's page cache, 64 MiB instead of SQLite's 2: every row written touches its table and each of its
            // indexes (keys, lookups, find columns), and a batch's rows land all over them; a page read again from the
            // file costs a system call. The cache grows only as pages are read, so a small store holds no more than its
            // size. https://www.sqlite.org/pragma.html#pragma_cache_size
            Execute("PRAGMA cache_size=-65536");

            // Checkpoints run on a thread of their own (WalCheckpointer), never inside a commit; it is started last, once
            // the file is in WAL mode.
            checkpointer = new WalCheckpointer(connection, connectionString, checkpointFrames, Synchronous);
        }

        Execute("CREATE TABLE IF NOT EXISTS \"__localdataverse\" (\"name\" TEXT NOT NULL PRIMARY KEY, \"value\" INTEGER NOT NULL)");
        Execute("INSERT OR IGNORE INTO \"__localdataverse\" (\"name\", \"value\") VALUES ('versionnumber', 0)");
    }

    // Not pooled: the database lives exactly as long as the writer's connection.
    public static SqliteRecordStore InMemory() =>
        new(new SqliteConnectionStringBuilder { DataSource = "localdataverse-" + Guid.NewGuid().ToString("N"), Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared, Pooling = false }.ToString(), isFile: false);

    public static SqliteRecordStore OpenFile(string path) => OpenFile(path, CheckpointFrames);

    /// <summary>A file store whose log is copied into the file once it holds <paramref name="checkpointFrames"/> pages.</summary>
    internal static SqliteRecordStore OpenFile(string path, int checkpointFrames) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString(), isFile: true, checkpointFrames: checkpointFrames);

    /// <summary>The file store's checkpointer; null in memory.</summary>
    internal WalCheckpointer? Checkpointer => checkpointer;

    /// <summary>The name of a file store's thread that copies the log into the file (a benchmark reads its CPU time by it).</summary>
    public const string CheckpointThreadName = "wal checkpoint";

    public long QueryCount => Interlocked.Read(ref queries.Value);

    public bool ReadsBesideWriter { get; }

    public T Read<T>(Func<IRecordStore, T> read)
    {
        if (!idleReaders.TryTake(out var reader))
        {
            reader = new SqliteRecordStore(connectionString, ReadsBesideWriter, queries);
        }

        try
        {
            return read(reader);
        }
        finally
        {
            idleReaders.Add(reader);
        }
    }

    public void EnsureSchema(IEnumerable<TableDefinition> tables)
    {
        ForgetPrepared();
        knownRows.Clear();
        SchemaBuilder.Ensure(connection, tables);
    }

    public IStoreTransaction BeginTransaction()
    {
        if (transaction is not null)
        {
            throw new InvalidOperationException("A transaction is in progress; the unit of work joins requests to it.");
        }

        transaction = connection.BeginTransaction();
        return new Transaction(this);
    }

    // Inside a transaction versions are counted in memory from the stored counter, which is written once, at commit: a
    // statement per transaction instead of one per write. A rollback forgets the count with the rows that used it.
    public long ReserveVersions(int count)
    {
        if (transaction is null)
        {
            var command = Prepared("UPDATE \"__localdataverse\" SET \"value\" = \"value\" + $count WHERE \"name\" = 'versionnumber' RETURNING \"value\"", "$count");
            command.Parameters[0].Value = count;
            return (long)command.ExecuteScalar()! - count + 1;
        }

        var first = lastVersion ??= (long)Prepared("SELECT \"value\" FROM \"__localdataverse\" WHERE \"name\" = 'versionnumber'").ExecuteScalar()!;
        lastVersion = first + count;
        return first + 1;
    }

    public void Insert(TableDefinition table, IReadOnlyList<Entity> rows)
    {
        new RowWriter(this, table).Insert(rows);
        if (transaction is not null)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                knownRows.Add((table, rows[i].Id));
            }
        }
    }

    public int Update(TableDefinition table, IReadOnlyList<Entity> rows) => new RowWriter(this, table).Update(rows);

    public int Delete(TableDefinition table, IReadOnlyCollection<Guid> ids)
    {
        knownRows.Clear();
        return new RowWriter(this, table).Delete(ids);
    }

    public int ClearReferences(TableDefinition table, string column, IReadOnlyCollection<Guid> ids) => new RowWriter(this, table).ClearReferences(column, ids);

    public IReadOnlyList<Entity> Retrieve(TableDefinition table, IReadOnlyCollection<Guid> ids, ColumnSet columns)
    {
        var selection = RowSelection.For(table, columns);
        var rows = new List<Entity>(ids.Count);
        if (ids.Count == 1)
        {
            // One row by id is what every single write reads (the row it updates, the rows its lookups name): its
            // statement is kept, so such a read is a bind and a step.
            ReadRows(PreparedRead(table, selection), selection, ids, rows);
            Found(table, rows);
            return rows;
        }

        foreach (var chunk in ids.Distinct().Chunk(BatchSize))
        {
            using var statement = new RowStatement(connection, ReadByIds(table, selection, chunk.Length));
            ReadRows(statement, selection, chunk, rows);
        }

        Found(table, rows);
        return rows;
    }

    public IReadOnlySet<Guid> Existing(TableDefinition table, IReadOnlyCollection<Guid> ids)
    {
        var found = new HashSet<Guid>();
        if (ids.Count == 1)
        {
            var id = ids.First();
            if (Exists(table, id))
            {
                found.Add(id);
            }

            return found;
        }

        var unknown = new List<Guid>(ids.Count);
        foreach (var id in ids)
        {
            if (Known(table, id))
            {
                found.Add(id);
            }
            else
            {
                unknown.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            foreach (var row in Retrieve(table, unknown, new ColumnSet(false)))
            {
                found.Add(row.Id);
            }
        }

        return found;
    }

    public IReadOnlyDictionary<int, Guid> FindByKey(TableDefinition table, AlternateKeyDefinition key, IReadOnlyList<object?[]> keyValues) =>
        new KeyFinder(this, table, key).Find(keyValues);

    public EntityCollection Query(QueryExpression query, QueryContext context) => new QueryRunner(this, context).Run(query);

    public void Dispose()
    {
        while (idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        ForgetPrepared();
        transaction?.Dispose();
        checkpointer?.Dispose();
        connection.Dispose();
    }

    /// <summary>A statement of its own on the store's connection (dispose it), for reads whose text changes with their size; counted as one query.</summary>
    internal RowStatement Statement(string sql)
    {
        Interlocked.Increment(ref queries.Value);
        return new RowStatement(connection, sql);
    }

    /// <summary>
    /// The statement of a query's <paramref name="sql"/>, compiled on first use and kept for the connection's life; counted
    /// as one query. Bind its values, step through its rows and reset it (in a finally) before anything else runs it.
    /// </summary>
    internal RowStatement PreparedQuery(string sql)
    {
        if (!queryShapes.TryGetValue(sql, out var statement))
        {
            if (queryShapes.Count == PreparedCapacity)
            {
                ForgetPrepared();
            }

            statement = new RowStatement(connection, sql);
            queryShapes.Add(sql, statement);
        }

        Interlocked.Increment(ref queries.Value);
        return statement;
    }

    internal SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// The command for <paramref name="sql"/>, prepared on first use and kept with its parameters (named
    /// <paramref name="parameters"/>, in order) for the connection's life: set their values and run it; never dispose
    /// it, and finish reading its results before running it again.
    /// </summary>
    internal SqliteCommand Prepared(string sql, params string[] parameters)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            if (prepared.Count == PreparedCapacity)
            {
                ForgetPrepared();
            }

            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            prepared.Add(sql, command);
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// The prepared INSERT (or UPDATE) of <paramref name="table"/> for rows of <paramref name="shape"/>, when one was
    /// prepared (<see cref="AddWrite"/>).
    /// </summary>
    internal bool TryGetWrite(TableDefinition table, bool insert, ColumnShape shape, [NotNullWhen(true)] out PreparedWrite? write) =>
        writes.TryGetValue((table, insert, shape), out write);

    internal PreparedWrite AddWrite(TableDefinition table, bool insert, ColumnShape shape, PreparedWrite write)
    {
        if (writes.Count == PreparedCapacity)
        {
            ForgetPrepared();
        }

        writes.Add((table, insert, shape.Kept()), write);
        return write;
    }

    /// <summary>A statement compiled on the store's connection, to keep (see <see cref="AddWrite"/>).</summary>
    internal RowStatement Prepare(string sql) => new(connection, sql);

    internal static string AddParameter(SqliteCommand command, string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return name;
    }

    internal int ExecuteNonQuery(SqliteCommand command) => command.ExecuteNonQuery();

    internal object? ExecuteScalar(SqliteCommand command)
    {
        Interlocked.Increment(ref queries.Value);
        return command.ExecuteScalar();
    }

    internal SqliteDataReader ExecuteReader(SqliteCommand command)
    {
        Interlocked.Increment(ref queries.Value);
        return command.ExecuteReader();
    }

    /// <summary>Rows a read inside the transaction in progress found: they exist until it deletes rows or ends.</summary>
    internal void Found(TableDefinition table, IEnumerable<Entity> rows)
    {
        if (transaction is null)
        {
            return;
        }

        foreach (var row in rows)
        {
            if (row.Id != Guid.Empty)
            {
                knownRows.Add((table, row.Id));
            }
        }
    }

    private bool Known(TableDefinition table, Guid id) => transaction is not null && knownRows.Contains((table, id));

    public bool Exists(TableDefinition table, Guid id) => Known(table, id) || Stored(table, id);

    // Whether one id names a row in the file: the check of a lookup a single write sets, without reading the row.
    private bool Stored(TableDefinition table, Guid id)
    {
        if (!exists.TryGetValue(table, out var statement))
        {
            if (exists.Count == PreparedCapacity)
            {
                ForgetPrepared();
            }

            statement = new RowStatement(connection, $"SELECT 1 FROM {SqlNames.Quote(table.LogicalName)} WHERE {SqlNames.Quote(table.PrimaryIdColumn)} = ?1");
            exists.Add(table, statement);
        }

        statement.BindGuid(0, id);
        Interlocked.Increment(ref queries.Value);
        try
        {
            if (!statement.Step())
            {
                return false;
            }
        }
        finally
        {
            statement.Reset();
        }

        if (transaction is not null)
        {
            knownRows.Add((table, id));
        }

        return true;
    }

    private static string ReadByIds(TableDefinition table, RowSelection selection, int count) =>
        $"SELECT {selection.SelectList("t0")} FROM {SqlNames.Quote(table.LogicalName)} AS t0 WHERE t0.{SqlNames.Quote(table.PrimaryIdColumn)} IN " +
        $"({string.Join(", ", Enumerable.Range(1, count).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)))})";

    private RowStatement PreparedRead(TableDefinition table, RowSelection selection)
    {
        if (!reads.TryGetValue(selection, out var statement))
        {
            if (reads.Count == PreparedCapacity)
            {
                ForgetPrepared();
            }

            statement = new RowStatement(connection, ReadByIds(table, selection, 1));
            reads.Add(selection, statement);
        }

        return statement;
    }

    private void ReadRows(RowStatement statement, RowSelection selection, IEnumerable<Guid> ids, List<Entity> rows)
    {
        var index = 0;
        foreach (var id in ids)
        {
            statement.BindGuid(index++, id);
        }

        Interlocked.Increment(ref queries.Value);
        try
        {
            while (statement.Step())
            {
                rows.Add(selection.Read(statement));
            }
        }
        finally
        {
            statement.Reset();
        }
    }

    private void SaveVersion()
    {
        if (lastVersion is long version)
        {
            var command = Prepared("UPDATE \"__localdataverse\" SET \"value\" = $version WHERE \"name\" = 'versionnumber'", "$version");
            command.Parameters[0].Value = version;
            command.ExecuteNonQuery();
        }
    }

    private void ForgetPrepared()
    {
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }

        prepared.Clear();
        foreach (var write in writes.Values)
        {
            write.Dispose();
        }

        writes.Clear();
        foreach (var read in reads.Values)
        {
            read.Dispose();
        }

        reads.Clear();
        foreach (var statement in exists.Values)
        {
            statement.Dispose();
        }

        exists.Clear();
        foreach (var statement in queryShapes.Values)
        {
            statement.Dispose();
        }

        queryShapes.Clear();
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private void End(bool commit)
    {
        try
        {
            if (commit)
            {
                SaveVersion();
                transaction!.Commit();
            }
            else
            {
                transaction!.Rollback();
            }
        }
        finally
        {
            transaction!.Dispose();
            transaction = null;
            lastVersion = null;
            knownRows.Clear();
        }
    }

    private sealed class Transaction : IStoreTransaction
    {
        private readonly SqliteRecordStore store;
        private bool ended;

        public Transaction(SqliteRecordStore store)
        {
            this.store = store;
        }

        public void Commit()
        {
            ended = true;
            store.End(commit: true);
        }

        public void Dispose()
        {
            if (!ended)
            {
                ended = true;
                store.End(commit: false);
            }
        }
    }
}
