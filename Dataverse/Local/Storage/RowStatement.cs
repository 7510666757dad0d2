using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// A statement compiled on one connection and run with its values bound by position: the INSERT or UPDATE of one row,
/// the read of rows by id, the lookup of keys. Microsoft.Data.Sqlite binds every parameter by name on each run (a linear
/// search of the statement's parameters per value, and a data reader per statement), which cost a plug-in's single write
/// as much as SQLite's own work and made a batch's key lookup quadratic; the statement runs in whatever transaction the
/// connection has open, as the store's commands do.
/// https://www.sqlite.org/c3ref/bind_blob.html, https://www.sqlite.org/c3ref/step.html
/// </summary>
internal sealed class RowStatement : IStoredValues, IDisposable
{
    // Microsoft.Data.Sqlite's default command timeout: how long a busy or locked database is waited for.
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    // What each parameter is bound to. SQLite keeps a statement's bindings when it is reset
    // (https://www.sqlite.org/c3ref/reset.html), so a value bound again unchanged is not sent again: most of a row's
    // values are the same from one write to the next (the caller in createdby, modifiedby and ownerid, each lookup's
    // table name, the time, the state and status), and each call into SQLite costs more than the comparison.
    private readonly BoundValue[] bound;

    // Text is encoded here before SQLite copies it (SQLITE_TRANSIENT): no UTF-8 array per value bound.
    private byte[] text = new byte[256];

    public RowStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out statement), database);
        ParameterCount = raw.sqlite3_bind_parameter_count(statement);
        bound = new BoundValue[ParameterCount];
    }

    private enum BoundKind : byte
    {
        Unknown,
        Null,
        Integer,
        Real,
        Text,
        Id,
    }

    public int ParameterCount { get; }

    /// <summary>Binds the SQLite value (as <see cref="ColumnStorage.ToSql"/> gives it) of the parameter at <paramref name="index"/>, from 0.</summary>
    public void Bind(int index, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                BindNull(index);
                break;
            case string text:
                BindText(index, text);
                break;
            case int number:
                BindInt64(index, number);
                break;
            case long number:
                BindInt64(index, number);
                break;
            case short number:
                BindInt64(index, number);
                break;
            case byte number:
                BindInt64(index, number);
                break;
            case bool flag:
                BindInt64(index, flag ? 1 : 0);
                break;
            case double number:
                BindDouble(index, number);
                break;
            case float number:
                BindDouble(index, number);
                break;
            case byte[] bytes:
                bound[index] = default;
                SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_blob(statement, index + 1, bytes), database);
                break;
            default:
                throw new InvalidOperationException($"A {value.GetType().Name} has no SQLite storage; ColumnStorage.ToSql converts column values first.");
        }
    }

    public void BindNull(int index)
    {
        if (bound[index].Kind == BoundKind.Null)
        {
            return;
        }

        bound[index] = default;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_null(statement, index + 1), database);
        bound[index] = new BoundValue(BoundKind.Null);
    }

    public void BindInt64(int index, long value)
    {
        if (bound[index].Kind == BoundKind.Integer && bound[index].Number == value)
        {
            return;
        }

        bound[index] = default;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int64(statement, index + 1, value), database);
        bound[index] = new BoundValue(BoundKind.Integer, Number: value);
    }

    public void BindDouble(int index, double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (bound[index].Kind == BoundKind.Real && bound[index].Number == bits)
        {
            return;
        }

        bound[index] = default;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_double(statement, index + 1, value), database);
        bound[index] = new BoundValue(BoundKind.Real, Number: bits);
    }

    // The same string object is the same text (strings do not change); another object with the same text is bound again.
    public void BindText(int index, string value)
    {
        if (bound[index].Kind == BoundKind.Text && ReferenceEquals(bound[index].Text, value))
        {
            return;
        }

        bound[index] = default;

        // An empty span has no address, which SQLite would bind as NULL: the empty string keeps its own overload.
        if (value.Length == 0)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, index + 1, value), database);
        }
        else
        {
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (text.Length < most)
            {
                text = new byte[Math.Max(most, text.Length * 2)];
            }

            var length = Encoding.UTF8.GetBytes(value, text);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, index + 1, new ReadOnlySpan<byte>(text, 0, length)), database);
        }

        bound[index] = new BoundValue(BoundKind.Text, Text: value);
    }

    /// <summary>Binds an id as the text <see cref="ColumnStorage.ToSql"/> gives it ("D" format), written straight into UTF-8.</summary>
    public void BindGuid(int index, Guid id)
    {
        if (bound[index].Kind == BoundKind.Id && bound[index].Id == id)
        {
            return;
        }

        bound[index] = default;
        Span<byte> utf8 = stackalloc byte[36];
        id.TryFormat(utf8, out var written, "D");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, index + 1, utf8[..written]), database);
        bound[index] = new BoundValue(BoundKind.Id, Id: id);
    }

    /// <summary>Runs the statement with the values bound (<see cref="Changes"/> then tells how many rows it changed).</summary>
    public void Execute()
    {
        try
        {
            Step();
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>The number of rows the last statement run on the connection changed: asked only by an UPDATE's caller, as each call into SQLite costs. https://www.sqlite.org/c3ref/changes.html</summary>
    public int Changes => raw.sqlite3_changes(database);

    /// <summary>
    /// Moves to the next result row: true while there is one (read it through <see cref="IStoredValues"/>). Call
    /// <see cref="Reset"/> once done or failed (in a finally), before binding the next values.
    /// </summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_BUSY || result == raw.SQLITE_LOCKED)
        {
            var waited = Stopwatch.StartNew();
            while ((result == raw.SQLITE_BUSY || result == raw.SQLITE_LOCKED) && waited.Elapsed < BusyTimeout)
            {
                raw.sqlite3_reset(statement);
                Thread.Sleep(1);
                result = raw.sqlite3_step(statement);
            }
        }

        if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }

        return result == raw.SQLITE_ROW;
    }

    public void Reset() => raw.sqlite3_reset(statement);

    public bool IsDBNull(int ordinal) => raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_NULL;

    public string GetString(int ordinal) => raw.sqlite3_column_text(statement, ordinal).utf8_to_string();

    public long GetInt64(int ordinal) => raw.sqlite3_column_int64(statement, ordinal);

    public double GetDouble(int ordinal) => raw.sqlite3_column_double(statement, ordinal);

    public object GetValue(int ordinal) => raw.sqlite3_column_type(statement, ordinal) switch
    {
        raw.SQLITE_INTEGER => GetInt64(ordinal),
        raw.SQLITE_FLOAT => GetDouble(ordinal),
        raw.SQLITE_TEXT => GetString(ordinal),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, ordinal).ToArray(),
        _ => DBNull.Value,
    };

    public void Dispose() => statement.Dispose();

    // Unknown (the default) until a bind succeeds, so a failed one is never taken as bound.
    private readonly record struct BoundValue(BoundKind Kind, long Number = 0, Guid Id = default, string? Text = null);
}
