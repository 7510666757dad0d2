using System;
using System.Diagnostics;
using System.Threading;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// An INSERT or UPDATE of one row, compiled once on the writer's connection and run once per row with its values bound
/// by position. Microsoft.Data.Sqlite binds every parameter by name on each run (a name lookup per parameter, and a
/// data reader per statement), which cost a plug-in's single write as much as SQLite's own work; the statement runs in
/// whatever transaction the connection has open, as the store's commands do.
/// https://www.sqlite.org/c3ref/bind_blob.html, https://www.sqlite.org/c3ref/step.html
/// </summary>
internal sealed class RowStatement : IDisposable
{
    // Microsoft.Data.Sqlite's default command timeout: how long a busy or locked database is waited for.
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public RowStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out statement), database);
        ParameterCount = raw.sqlite3_bind_parameter_count(statement);
    }

    public int ParameterCount { get; }

    /// <summary>Binds the SQLite value (as <see cref="ColumnStorage.ToSql"/> gives it) of the parameter at <paramref name="index"/>, from 0.</summary>
    public void Bind(int index, object? value)
    {
        var position = index + 1;
        var result = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, position),
            string text => raw.sqlite3_bind_text(statement, position, text),
            int number => raw.sqlite3_bind_int64(statement, position, number),
            long number => raw.sqlite3_bind_int64(statement, position, number),
            short number => raw.sqlite3_bind_int64(statement, position, number),
            byte number => raw.sqlite3_bind_int64(statement, position, number),
            bool flag => raw.sqlite3_bind_int64(statement, position, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(statement, position, number),
            float number => raw.sqlite3_bind_double(statement, position, number),
            byte[] bytes => raw.sqlite3_bind_blob(statement, position, bytes),
            _ => throw new InvalidOperationException($"A {value.GetType().Name} has no SQLite storage; ColumnStorage.ToSql converts column values first."),
        };
        SqliteException.ThrowExceptionForRC(result, database);
    }

    /// <summary>Runs the statement with the values bound; the number of rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var waited = Stopwatch.StartNew();
            var result = raw.sqlite3_step(statement);
            while ((result == raw.SQLITE_BUSY || result == raw.SQLITE_LOCKED) && waited.Elapsed < BusyTimeout)
            {
                raw.sqlite3_reset(statement);
                Thread.Sleep(1);
                result = raw.sqlite3_step(statement);
            }

            if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(result, database);
            }

            return raw.sqlite3_changes(database);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();
}
