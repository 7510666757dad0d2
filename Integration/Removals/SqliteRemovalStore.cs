using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// <see cref="IRemovalStore"/> in removals.db beside the queue's file (so it never waits on the queue's writer), with
/// the queue's durability: WAL and synchronous=FULL, so a recorded removal is on disk before the network is told 200.
/// Edits live in the same file (<see cref="IEditStore"/>), so an edit is checked against the removals in one query, and
/// so do profile and account changes (<see cref="IProfileChangeStore"/>, <see cref="IAccountChangeStore"/>) and the ids of
/// edited posts' versions (<see cref="PostVersions"/>).
/// </summary>
public sealed partial class SqliteRemovalStore : IRemovalStore, IEditStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS removals (
            mention_key TEXT PRIMARY KEY,
            platform INTEGER NOT NULL,
            post_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS removals_due ON removals(state, due_at);
        CREATE TABLE IF NOT EXISTS edits (
            mention_key TEXT PRIMARY KEY,
            platform INTEGER NOT NULL,
            post_id TEXT NOT NULL,
            text TEXT,
            edited_at INTEGER NOT NULL,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            last_error TEXT);
        -- and visible_again, added by AddVisibleAgainAsync
        CREATE INDEX IF NOT EXISTS edits_due ON edits(state, due_at);
        """;

    public const string FileName = "removals.db";

    private const string Pending = "pending";
    private const string Applied = "applied";
    private const string Tombstone = "tombstone";

    private readonly RemovalOptions options;
    private readonly TimeProvider clock;
    private readonly ResiliencePipeline retry = SqliteRetry.Create();
    private readonly string connectionString;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private bool schemaReady;

    public SqliteRemovalStore(IOptions<QueueOptions> queue, IOptions<RemovalOptions> options, TimeProvider clock)
    {
        this.options = options.Value;
        this.clock = clock;
        connectionString = new SqliteConnectionStringBuilder { DataSource = SqliteSideFile.PathBeside(queue.Value, FileName), Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public Task RecordAsync(IReadOnlyCollection<MentionRemoval> removals, string source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var named in removals)
            {
                var removal = await OfOriginalAsync(connection, transaction, named, ct);
                // A delete outranks a hide or an unpublish: a stronger reason takes over and is applied again.
                await using var command = Command(connection, transaction, """
                    INSERT INTO removals (mention_key, platform, post_id, status, source, state, attempts, received_at, due_at)
                    VALUES ($key, $platform, $post, $status, $source, 'pending', 0, $now, $now)
                    ON CONFLICT(mention_key) DO UPDATE SET status = excluded.status, source = excluded.source,
                        state = 'pending', attempts = 0, due_at = excluded.due_at
                    WHERE removals.status <> $deleted AND excluded.status = $deleted;
                    """,
                    ("$key", removal.Key), ("$platform", (int)removal.Platform), ("$post", removal.ExternalPostId),
                    ("$status", (int)removal.Status), ("$source", source), ("$now", now), ("$deleted", (int)MentionStatus.DeletedByAuthor));
                await command.ExecuteNonQueryAsync(ct);
            }
        }, cancellationToken);

    public async Task<IReadOnlySet<string>> RemovedKeysAsync(IReadOnlyCollection<Mention> mentions, CancellationToken cancellationToken)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        if (mentions.Count == 0)
        {
            return removed;
        }

        await WriteAsync(async (connection, transaction, ct) =>
        {
            var keys = mentions.Select(mention => mention.Key).Distinct(StringComparer.Ordinal).ToList();
            var names = keys.Select((_, index) => "$k" + index).ToList();
            await using var command = Command(connection, transaction, $"SELECT mention_key FROM removals WHERE mention_key IN ({string.Join(",", names)});",
                keys.Select((key, index) => (names[index], (object)key)).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                removed.Add(reader.GetString(0));
            }
        }, cancellationToken);
        return removed;
    }

    public async Task<IReadOnlyList<MentionRemoval>> DueAsync(int max, CancellationToken cancellationToken)
    {
        var due = new List<MentionRemoval>();
        await WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "SELECT platform, post_id, status FROM removals WHERE state = 'pending' AND due_at <= $now ORDER BY due_at LIMIT $max;",
                ("$now", Now()), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(new MentionRemoval((SocialPlatform)reader.GetInt32(0), reader.GetString(1), (MentionStatus)reader.GetInt32(2)));
            }
        }, cancellationToken);
        return due;
    }

    public Task AppliedAsync(MentionRemoval removal, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "UPDATE removals SET state = $applied, last_error = NULL WHERE mention_key = $key AND status = $status;",
                ("$applied", Applied), ("$key", removal.Key), ("$status", (int)removal.Status));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task NotYetAsync(MentionRemoval removal, string reason, CancellationToken cancellationToken) =>
        // Past the window only the tombstone is left.
        RetryLaterAsync("removals", removal.Key, reason, Tombstone, "", [], cancellationToken);

    /// <summary>
    /// Doubling waits for a row of <paramref name="table"/> while its post may still be on its way; past the pending
    /// window it leaves the pending state for <paramref name="finalState"/>.
    /// </summary>
    private Task RetryLaterAsync(string table, string key, string reason, string finalState, string alsoWhere,
        (string Name, object Value)[] alsoParameters, CancellationToken cancellationToken, string keyColumn = "mention_key") =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction, $"""
                UPDATE {table} SET attempts = attempts + 1, last_error = $reason,
                    due_at = $now + MIN($maxDelay, $delay * (1 << MIN(attempts, 20))),
                    state = CASE WHEN $now - received_at >= $window THEN $final ELSE state END
                WHERE {keyColumn} = $key AND state = $pending{alsoWhere};
                """,
                [("$reason", reason), ("$now", Now()), ("$delay", (long)options.RetryDelay.TotalMilliseconds),
                    ("$maxDelay", (long)options.MaxRetryDelay.TotalMilliseconds), ("$window", (long)options.PendingWindow.TotalMilliseconds),
                    ("$final", finalState), ("$pending", Pending), ("$key", key), .. alsoParameters]);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<RemovalCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction, "SELECT state, COUNT(*) FROM removals GROUP BY state;");
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }
        }, cancellationToken);
        return new RemovalCounts(counts.GetValueOrDefault(Pending), counts.GetValueOrDefault(Applied), counts.GetValueOrDefault(Tombstone));
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private Task WriteAsync(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(async ct =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await EnsureSchemaAsync(connection, ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await work(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken).AsTask();

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await schemaGate.WaitAsync(cancellationToken);
        try
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = schemaReady ? "PRAGMA synchronous = FULL;" : Schema + ProfileSchema + VersionSchema;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            if (!schemaReady)
            {
                await AddVisibleAgainAsync(connection, cancellationToken);
                await RekeyAsync(connection, cancellationToken);
            }

            schemaReady = true;
        }
        finally
        {
            schemaGate.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
