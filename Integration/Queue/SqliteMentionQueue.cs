using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// The mention queue in one SQLite file, the embedded default. Durability: WAL journal with synchronous=FULL, so a
/// committed transaction is on disk when the call returns (https://www.sqlite.org/pragma.html#pragma_synchronous) and a
/// source may acknowledge its sender. A received message is leased; this process renews its leases while it lives, so
/// several workers may share the file and only a dead worker's messages come back. Times are Unix milliseconds from the
/// injected clock.
/// </summary>
public sealed partial class SqliteMentionQueue : IMentionInbox, IMentionConsumer, IQueueMonitor, IDeadLetters, IAsyncDisposable, IDisposable
{
    /// <summary>Freed pages (4 KiB each) past which a settle gives them back to the file system.</summary>
    private const int FreePagesToKeep = 256;

    private readonly QueueOptions options;
    private readonly TimeProvider clock;
    private readonly ResiliencePipeline retry;
    private readonly string connectionString;
    private readonly SemaphoreSlim schemaGate = new(1, 1);

    // One writer per process: SQLite takes one at a time anyway, and writers of one process queueing here never meet
    // in SQLite's lock, where the loser would sleep.
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly HashSet<string> heldLeases = [];
    private readonly CancellationTokenSource stopRenewing = new();
    private Task? renewal;
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

    public async Task<IReadOnlyList<QueuedMention>> ReceiveAsync(int max, CancellationToken cancellationToken)
    {
        var leased = new List<QueuedMention>();
        var leaseId = Guid.NewGuid().ToString("N");
        await WriteAsync(async (connection, transaction, ct) =>
        {
            leased.Clear();
            var now = Now();
            await using var command = Command(connection, transaction, Sql.Lease,
                ("$lease", leaseId), ("$now", now), ("$until", now + (long)options.LeaseDuration.TotalMilliseconds), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                leased.Add(new QueuedMention(reader.GetInt64(0), leaseId, reader.GetInt32(1), reader.GetString(2), MentionJson.Deserialize(reader.GetString(3))));
            }
        }, cancellationToken);
        if (leased.Count > 0)
        {
            Hold(leaseId);
        }

        return leased.OrderBy(m => m.Id).ToList();
    }

    public Task CompleteAsync(IReadOnlyCollection<QueuedMention> messages, CancellationToken cancellationToken) =>
        SettleAsync(messages, Sql.DeleteHeld, [], cancellationToken);

    public Task AbandonAsync(IReadOnlyCollection<QueuedMention> messages, TimeSpan delay, string error, CancellationToken cancellationToken) =>
        SettleAsync(messages, Sql.Release, [("$available", Now() + (long)delay.TotalMilliseconds), ("$error", error)], cancellationToken);

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

    // The container disposes it once per role it is registered as, so stopping is idempotent; the token source is left
    // to the collector, as a cancelled source holds nothing.
    public async ValueTask DisposeAsync()
    {
        stopRenewing.Cancel();
        if (renewal != null)
        {
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => stopRenewing.Cancel();

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>One statement per lease for the whole batch, then freed pages go back to the file system.</summary>
    private Task SettleAsync(IReadOnlyCollection<QueuedMention> messages, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            foreach (var lease in messages.GroupBy(m => m.LeaseId))
            {
                await ExecuteAsync(connection, transaction, ct, sql,
                    [("$lease", lease.Key), ("$ids", JsonSerializer.Serialize(lease.Select(m => m.Id))), .. parameters]);
            }
        }, cancellationToken, returnFreePages: true);

    private void Hold(string leaseId)
    {
        lock (heldLeases)
        {
            heldLeases.Add(leaseId);
            renewal ??= RenewLeasesAsync(stopRenewing.Token);
        }
    }

    /// <summary>
    /// Keeps this process's leases from expiring while it lives, every third of the lease duration. A lease none of whose
    /// messages is held any more (all settled) is forgotten. When the process dies the renewals stop and its messages
    /// come back to the other workers once the lease duration has passed.
    /// </summary>
    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.LeaseDuration / 3, clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            string[] leases;
            lock (heldLeases)
            {
                leases = [.. heldLeases];
            }

            if (leases.Length == 0 || cancellationToken.IsCancellationRequested)
            {
                continue;
            }

            var stillHeld = new HashSet<string>();
            await WriteAsync(async (connection, transaction, ct) =>
            {
                stillHeld.Clear();
                await using var command = Command(connection, transaction, Sql.Renew,
                    ("$leases", JsonSerializer.Serialize(leases)), ("$until", Now() + (long)options.LeaseDuration.TotalMilliseconds));
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    stillHeld.Add(reader.GetString(0));
                }
            }, cancellationToken);
            lock (heldLeases)
            {
                heldLeases.ExceptWith(leases.Where(l => !stillHeld.Contains(l)));
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one immediate transaction on a pooled connection, retried when SQLite is busy.</summary>
    private Task WriteAsync(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> work, CancellationToken cancellationToken, bool returnFreePages = false) =>
        retry.ExecuteAsync(async ct =>
        {
            await writeGate.WaitAsync(ct);
            try
            {
                await using var connection = await OpenAsync(ct);
                await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct))
                {
                    await work(connection, transaction, ct);
                    await transaction.CommitAsync(ct);
                }

                if (returnFreePages)
                {
                    await ReturnFreePagesAsync(connection, ct);
                }
            }
            finally
            {
                writeGate.Release();
            }
        }, cancellationToken).AsTask();

    private static async Task ReturnFreePagesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var free = connection.CreateCommand();
        free.CommandText = Sql.FreePages;
        if (Convert.ToInt64(await free.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > FreePagesToKeep)
        {
            free.CommandText = Sql.ReturnFreePages;
            await free.ExecuteNonQueryAsync(cancellationToken);
        }
    }

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
                command.CommandText = Sql.AutoVacuumMode;
                if (Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != Sql.IncrementalAutoVacuum)
                {
                    command.CommandText = Sql.UseIncrementalVacuum;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

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
