using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// <see cref="IMentionQueue"/> in one SQLite file. Durability: WAL journal with synchronous=FULL, so a committed
/// transaction is on disk when the call returns (https://www.sqlite.org/pragma.html#pragma_synchronous) and a source
/// may acknowledge its sender. Times are Unix milliseconds from the injected clock.
/// </summary>
public sealed partial class SqliteMentionQueue : IMentionQueue, IDeadLetters
{
    private readonly QueueOptions options;
    private readonly TimeProvider clock;
    private readonly ResiliencePipeline retry;
    private readonly string connectionString;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private bool schemaReady;

    public SqliteMentionQueue(IOptions<QueueOptions> options, TimeProvider clock)
    {
        this.options = options.Value;
        this.clock = clock;
        retry = SqliteRetry.Create();
        var path = Path.GetFullPath(this.options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var mention in mentions)
            {
                var payload = MentionJson.Serialize(mention);
                var replaced = await ExecuteAsync(connection, transaction, ct, Sql.ReplaceWaiting,
                    ("$key", mention.Key), ("$source", source), ("$payload", payload));
                if (replaced == 0)
                {
                    await ExecuteAsync(connection, transaction, ct, Sql.Insert,
                        ("$key", mention.Key), ("$source", source), ("$payload", payload), ("$now", now));
                }
            }
        }, cancellationToken);

    public async Task<IReadOnlyList<QueuedMention>> LeaseAsync(int max, CancellationToken cancellationToken)
    {
        var leased = new List<QueuedMention>();
        await WriteAsync(async (connection, transaction, ct) =>
        {
            leased.Clear();
            var now = Now();
            var leaseId = Guid.NewGuid().ToString("N");
            await using var command = Command(connection, transaction, Sql.Lease,
                ("$lease", leaseId), ("$now", now), ("$until", now + (long)options.LeaseDuration.TotalMilliseconds), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                leased.Add(new QueuedMention(reader.GetInt64(0), leaseId, reader.GetInt32(1), reader.GetString(2), MentionJson.Deserialize(reader.GetString(3))));
            }
        }, cancellationToken);
        return leased.OrderBy(m => m.Id).ToList();
    }

    public Task AcknowledgeAsync(IReadOnlyCollection<QueuedMention> messages, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            foreach (var message in messages)
            {
                await ExecuteAsync(connection, transaction, ct, Sql.Delete, ("$id", message.Id), ("$lease", message.LeaseId));
            }
        }, cancellationToken);

    public Task RetryLaterAsync(QueuedMention message, string error, CancellationToken cancellationToken)
    {
        if (message.Attempt >= options.MaxAttempts)
        {
            return DeadLetterAsync(message, $"Gave up after {message.Attempt} attempts. Last error: {error}", cancellationToken);
        }

        var delay = TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.RetryDelay.Ticks * (1L << Math.Min(message.Attempt - 1, 30))));
        return WriteAsync((connection, transaction, ct) => ExecuteAsync(connection, transaction, ct, Sql.Release,
            ("$id", message.Id), ("$lease", message.LeaseId), ("$available", Now() + (long)delay.TotalMilliseconds), ("$error", error)), cancellationToken);
    }

    public Task DeadLetterAsync(QueuedMention message, string reason, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var moved = await ExecuteAsync(connection, transaction, ct, Sql.MoveToDeadLetters,
                ("$id", message.Id), ("$lease", message.LeaseId), ("$reason", reason), ("$now", Now()));
            if (moved == 1)
            {
                await ExecuteAsync(connection, transaction, ct, Sql.Delete, ("$id", message.Id), ("$lease", message.LeaseId));
            }
        }, cancellationToken);

    public Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction, ct) => ExecuteAsync(connection, transaction, ct, Sql.InsertDeadLetter,
            ("$key", ""), ("$source", source), ("$payload", payload), ("$attempts", 0), ("$reason", reason), ("$now", Now())), cancellationToken);

    public Task ReleaseAllLeasesAsync(CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction, ct) => ExecuteAsync(connection, transaction, ct, Sql.ReleaseAll), cancellationToken);

    public async Task<QueueStatus> StatusAsync(int recentDeadLetters, CancellationToken cancellationToken)
    {
        QueueStatus? status = null;
        await WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            int pending = 0, leased = 0, dead = 0;
            long? oldest = null;
            await using (var counts = Command(connection, transaction, Sql.Counts, ("$now", now)))
            await using (var reader = await counts.ExecuteReaderAsync(ct))
            {
                await reader.ReadAsync(ct);
                pending = reader.GetInt32(0);
                leased = reader.GetInt32(1);
                oldest = reader.IsDBNull(2) ? null : reader.GetInt64(2);
                dead = reader.GetInt32(3);
            }

            var letters = await ReadDeadLettersAsync(Command(connection, transaction, Sql.RecentDeadLetters, ("$max", recentDeadLetters)), ct);
            status = new QueueStatus(pending, leased, dead, oldest.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(oldest.Value) : null, letters);
        }, cancellationToken);
        return status!;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Runs <paramref name="work"/> in one immediate transaction on a pooled connection, retried when SQLite is busy.</summary>
    private Task WriteAsync(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(async ct =>
        {
            await using var connection = await OpenAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            await work(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken).AsTask();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = Sql.ConnectionPragmas;
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            await EnsureSchemaAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (schemaReady)
        {
            return;
        }

        await schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!schemaReady)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Sql.Schema;
                await command.ExecuteNonQueryAsync(cancellationToken);
                schemaReady = true;
            }
        }
        finally
        {
            schemaGate.Release();
        }
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken,
        string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
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
