using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// Changes of profiles: handle changes (<see cref="IProfileChangeStore"/>) and account changes
/// (<see cref="IAccountChangeStore"/>), each in a table of one row per profile holding its newest change, pending until
/// Dataverse has it. Two tables, so an account event never replaces a handle change still on its way, nor the other way
/// round; one shape, told apart by the column that holds what changed.
/// </summary>
public sealed partial class SqliteRemovalStore : IProfileChangeStore, IAccountChangeStore
{
    private const string ProfileChanges = "profile_changes";
    private const string AccountChanges = "account_changes";

    private static readonly string ProfileSchema = NewestPerProfileSchema(ProfileChanges, "handle TEXT") + NewestPerProfileSchema(AccountChanges, "status INTEGER");

    public Task RecordProfileChangesAsync(IReadOnlyCollection<ProfileChange> changes, string source, CancellationToken cancellationToken) =>
        RecordNewestAsync(ProfileChanges, "handle", changes.Select(change => (change.Key, change.Platform, change.ExternalUserId, (object)change.Handle, change.ChangedAt)),
            source, cancellationToken);

    public Task<IReadOnlyList<ProfileChange>> DueProfileChangesAsync(int max, CancellationToken cancellationToken) =>
        DueNewestAsync(ProfileChanges, "handle", max,
            reader => new ProfileChange((SocialPlatform)reader.GetInt32(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))),
            cancellationToken);

    public Task ProfileChangeAppliedAsync(ProfileChange change, CancellationToken cancellationToken) =>
        VersionAppliedAsync(ProfileChanges, "profile_key", change.Key, "changed_at", change.ChangedAt, cancellationToken);

    public Task ProfileChangeNotYetAsync(ProfileChange change, string reason, CancellationToken cancellationToken) =>
        NewestNotYetAsync(ProfileChanges, change.Key, change.ChangedAt, reason, cancellationToken);

    public Task RecordAccountChangesAsync(IReadOnlyCollection<AccountChange> changes, string source, CancellationToken cancellationToken) =>
        RecordNewestAsync(AccountChanges, "status", changes.Select(change => (change.Key, change.Platform, change.ExternalUserId, (object)(int)change.Status, change.ChangedAt)),
            source, cancellationToken);

    public Task<IReadOnlyList<AccountChange>> DueAccountChangesAsync(int max, CancellationToken cancellationToken) =>
        DueNewestAsync(AccountChanges, "status", max,
            reader => new AccountChange((SocialPlatform)reader.GetInt32(0), reader.GetString(1), (AccountStatus)reader.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))),
            cancellationToken);

    public Task AccountChangeAppliedAsync(AccountChange change, CancellationToken cancellationToken) =>
        VersionAppliedAsync(AccountChanges, "profile_key", change.Key, "changed_at", change.ChangedAt, cancellationToken);

    public Task AccountChangeNotYetAsync(AccountChange change, string reason, CancellationToken cancellationToken) =>
        NewestNotYetAsync(AccountChanges, change.Key, change.ChangedAt, reason, cancellationToken);

    private static string NewestPerProfileSchema(string table, string valueColumn) => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            profile_key TEXT PRIMARY KEY,
            platform INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            {valueColumn} NOT NULL,
            changed_at INTEGER NOT NULL,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS {table}_due ON {table}(state, due_at);
        """;

    /// <summary>Records each change unless the row of its profile holds one as new or newer: an older or redelivered change
    /// never undoes a newer one.</summary>
    private Task RecordNewestAsync(string table, string valueColumn,
        IEnumerable<(string Key, SocialPlatform Platform, string UserId, object Value, DateTimeOffset ChangedAt)> changes, string source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var change in changes)
            {
                await using var command = Command(connection, transaction, $"""
                    INSERT INTO {table} (profile_key, platform, user_id, {valueColumn}, changed_at, source, state, attempts, received_at, due_at)
                    VALUES ($key, $platform, $user, $value, $changedAt, $source, 'pending', 0, $now, $now)
                    ON CONFLICT(profile_key) DO UPDATE SET {valueColumn} = excluded.{valueColumn}, changed_at = excluded.changed_at, source = excluded.source,
                        state = 'pending', attempts = 0, received_at = excluded.received_at, due_at = excluded.due_at, last_error = NULL
                    WHERE excluded.changed_at > {table}.changed_at;
                    """,
                    ("$key", change.Key), ("$platform", (int)change.Platform), ("$user", change.UserId), ("$value", change.Value),
                    ("$changedAt", change.ChangedAt.ToUnixTimeMilliseconds()), ("$source", source), ("$now", now));
                await command.ExecuteNonQueryAsync(ct);
            }
        }, cancellationToken);

    /// <summary>The pending changes whose attempt is due, oldest first, each read from (platform, user id, value, changed at).</summary>
    private async Task<IReadOnlyList<T>> DueNewestAsync<T>(string table, string valueColumn, int max, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var due = new List<T>();
        await WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                $"SELECT platform, user_id, {valueColumn}, changed_at FROM {table} WHERE state = 'pending' AND due_at <= $now ORDER BY due_at LIMIT $max;",
                ("$now", Now()), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(read(reader));
            }
        }, cancellationToken);
        return due;
    }

    private Task NewestNotYetAsync(string table, string key, DateTimeOffset changedAt, string reason, CancellationToken cancellationToken) =>
        RetryLaterAsync(table, key, reason, Expired, " AND changed_at = $changedAt", [("$changedAt", changedAt.ToUnixTimeMilliseconds())], cancellationToken,
            keyColumn: "profile_key");
}
