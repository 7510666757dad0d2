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
/// What the worker remembers of feeds, in SQLite: the validators of each feed's last response (ETag, Last-Modified) for
/// a conditional GET, and what it delivered of each entry, by its mention's key (polled or pushed alike), so an entry is
/// a mention once and each change of it one edit. feed_entries holds the ids a worker took before it recorded what it
/// delivered; it is only read now.
/// </summary>
public sealed class FeedStateStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT NULL, last_modified TEXT NULL);
        CREATE TABLE IF NOT EXISTS feed_entries (url TEXT NOT NULL, entry_id TEXT NOT NULL, PRIMARY KEY (url, entry_id));
        CREATE TABLE IF NOT EXISTS feed_deliveries (mention_key TEXT PRIMARY KEY, title TEXT NULL, body TEXT NULL,
            carries_body INTEGER NOT NULL, is_comment INTEGER NOT NULL, updated_ticks INTEGER NULL, edited_at_ticks INTEGER NULL);
        PRAGMA journal_mode = WAL;
        """;

    private readonly string connectionString;
    private readonly ResiliencePipeline retry = SqliteRetry.Create();

    public const string FileName = "feeds.db";

    public FeedStateStore(IOptions<FeedOptions> options, IOptions<QueueOptions> queue)
    {
        var path = options.Value.StatePath is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : SqliteSideFile.PathBeside(queue.Value, FileName);
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

    /// <summary>The ids among <paramref name="entries"/> that a worker took from <paramref name="feed"/> before it recorded
    /// what it delivered.</summary>
    public Task<HashSet<string>> TakenBeforeAsync(Uri feed, IEnumerable<FeedEntry> entries, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries.DistinctBy(e => e.Id))
            {
                await using var command = Command(connection, "SELECT 1 FROM feed_entries WHERE url = $url AND entry_id = $id", ("$url", feed.ToString()), ("$id", entry.Id));
                if (await command.ExecuteScalarAsync(ct) != null)
                {
                    taken.Add(entry.Id);
                }
            }

            return taken;
        }, cancellationToken);

    /// <summary>What was delivered of each of <paramref name="keys"/> that was.</summary>
    public Task<Dictionary<string, DeliveredEntry>> DeliveredAsync(IEnumerable<string> keys, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            var delivered = new Dictionary<string, DeliveredEntry>(StringComparer.Ordinal);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                await using var command = Command(connection,
                    "SELECT title, body, carries_body, is_comment, updated_ticks, edited_at_ticks FROM feed_deliveries WHERE mention_key = $key", ("$key", key));
                await using var reader = await command.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct))
                {
                    var version = new FeedEntryVersion(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.GetBoolean(2), reader.GetBoolean(3), Time(reader, 4));
                    delivered[key] = new DeliveredEntry(key, version, Time(reader, 5));
                }
            }

            return delivered;
        }, cancellationToken);

    /// <summary>Records what was delivered of each entry, replacing what was before, in one transaction.</summary>
    public Task RecordDeliveredAsync(IReadOnlyCollection<DeliveredEntry> entries, CancellationToken cancellationToken) =>
        RunAsync(async (connection, ct) =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            foreach (var (key, version, editedAt) in entries)
            {
                await using var command = Command(connection, """
                    INSERT INTO feed_deliveries (mention_key, title, body, carries_body, is_comment, updated_ticks, edited_at_ticks)
                    VALUES ($key, $title, $body, $carries, $comment, $updated, $edited)
                    ON CONFLICT (mention_key) DO UPDATE SET title = $title, body = $body, carries_body = $carries, is_comment = $comment,
                        updated_ticks = $updated, edited_at_ticks = $edited
                    """,
                    ("$key", key), ("$title", (object?)version.Title ?? DBNull.Value), ("$body", (object?)version.Body ?? DBNull.Value),
                    ("$carries", version.CarriesBody), ("$comment", version.IsComment), ("$updated", (object?)version.Updated?.UtcTicks ?? DBNull.Value),
                    ("$edited", (object?)editedAt?.UtcTicks ?? DBNull.Value));
                command.Transaction = transaction;
                await command.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return 0;
        }, cancellationToken);

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);

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
