using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Access;

/// <summary>
/// Accounts whose access was revoked, in access.db beside the queue's file, so the worker, a restart and `status` all
/// see the same: a revoked account's deliveries are ignored, and `status` says so.
/// </summary>
public sealed class SqliteAccessRevocations
{
    public const string FileName = "access.db";

    private const string Schema =
        "CREATE TABLE IF NOT EXISTS revocations (source TEXT NOT NULL, account TEXT NOT NULL, revoked_on TEXT NOT NULL, PRIMARY KEY (source, account));";

    private readonly SqliteSideFile file;

    public SqliteAccessRevocations(IOptions<QueueOptions> queue) => file = new SqliteSideFile(queue.Value, FileName, Schema);

    public Task RevokeAsync(AccessRevocation revocation, CancellationToken cancellationToken) =>
        RunAsync(async (command, ct) =>
        {
            command.CommandText = "INSERT OR REPLACE INTO revocations (source, account, revoked_on) VALUES ($source, $account, $on);";
            command.Parameters.AddWithValue("$source", revocation.Source);
            command.Parameters.AddWithValue("$account", revocation.Account);
            command.Parameters.AddWithValue("$on", revocation.RevokedOn.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>When <paramref name="account"/> revoked access, or null when it has access.</summary>
    public async Task<DateTimeOffset?> RevokedOnAsync(string source, string account, CancellationToken cancellationToken)
    {
        DateTimeOffset? revokedOn = null;
        await RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT revoked_on FROM revocations WHERE source = $source AND account = $account;";
            command.Parameters.AddWithValue("$source", source);
            command.Parameters.AddWithValue("$account", account);
            revokedOn = await command.ExecuteScalarAsync(ct) is string on ? DateTimeOffset.Parse(on, CultureInfo.InvariantCulture) : null;
        }, cancellationToken);
        return revokedOn;
    }

    /// <summary>The account granted access again: its source reads it again and `status` no longer calls it revoked.</summary>
    public Task RestoreAsync(string source, string account, CancellationToken cancellationToken) =>
        RunAsync(async (command, ct) =>
        {
            command.CommandText = "DELETE FROM revocations WHERE source = $source AND account = $account;";
            command.Parameters.AddWithValue("$source", source);
            command.Parameters.AddWithValue("$account", account);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<IReadOnlyList<AccessRevocation>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<AccessRevocation>();
        await RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT source, account, revoked_on FROM revocations ORDER BY revoked_on;";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                all.Add(new AccessRevocation(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
            }
        }, cancellationToken);
        return all;
    }

    private Task RunAsync(Func<SqliteCommand, CancellationToken, Task> work, CancellationToken cancellationToken) => file.RunAsync(work, cancellationToken);
}
