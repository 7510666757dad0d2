using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// What the poller remembers of each feed, in SQLite: the validators of its last response (ETag, Last-Modified) for a
/// conditional GET, and the ids of the entries already queued, so an entry that stays in the feed is taken once.
/// </summary>
public sealed class FeedStateStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT NULL, last_modified TEXT NULL);
        CREATE TABLE IF NOT EXISTS feed_entries (url TEXT NOT NULL, entry_id TEXT NOT NULL, PRIMARY KEY (url, entry_id));
        PRAGMA journal_mode = WAL;
        """;

    private readonly string connectionString;
    private readonly ResiliencePipeline retry = SqliteRetry.Create();

    public FeedStateStore(IOptions<FeedOptions> options)
    {
        var path = Path.GetFullPath(options.Value.StatePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public Task<(string? ETag, DateTimeOffset? LastModified)> ValidatorsAsync(Uri feed, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            await using var command = Command(connection, "SELECT etag, last_modified FROM feeds WHERE url = $url", ("$url", feed.ToString()));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture))
                : ((string?)null, (DateTimeOffset?)null);
        }, cancellationToken);

    public Task SaveValidatorsAsync(Uri feed, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            await using var command = Command(connection,
                "INSERT INTO feeds (url, etag, last_modified) VALUES ($url, $etag, $modified) ON CONFLICT (url) DO UPDATE SET etag = $etag, last_modified = $modified",
                ("$url", feed.ToString()), ("$etag", (object?)etag ?? DBNull.Value), ("$modified", (object?)lastModified?.ToString("O") ?? DBNull.Value));
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task<List<FeedEntry>> UnseenAsync(Uri feed, IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            var unseen = new List<FeedEntry>();
            foreach (var entry in entries.DistinctBy(e => e.Id))
            {
                await using var command = Command(connection, "SELECT 1 FROM feed_entries WHERE url = $url AND entry_id = $id", ("$url", feed.ToString()), ("$id", entry.Id));
                if (await command.ExecuteScalarAsync(ct) == null)
                {
                    unseen.Add(entry);
                }
            }

            return unseen;
        }, cancellationToken);

    public Task MarkSeenAsync(Uri feed, IEnumerable<string> entryIds, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            foreach (var id in entryIds)
            {
                await using var command = Command(connection, "INSERT OR IGNORE INTO feed_entries (url, entry_id) VALUES ($url, $id)", ("$url", feed.ToString()), ("$id", id));
                command.Transaction = transaction;
                await command.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return 0;
        }, cancellationToken);

    private Task<T> RunAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(async ct =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using (var schema = connection.CreateCommand())
            {
                schema.CommandText = Schema;
                await schema.ExecuteNonQueryAsync(ct);
            }

            return await work(connection, ct);
        }, cancellationToken).AsTask();

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
