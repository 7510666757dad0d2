using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>Account changes: one row per profile holding its newest change, pending until Dataverse has it. A table of
/// their own, so an account event never replaces a handle change still on its way, nor the other way round.</summary>
public sealed partial class SqliteRemovalStore : IAccountChangeStore
{
    private const string AccountSchema = """
        CREATE TABLE IF NOT EXISTS account_changes (
            profile_key TEXT PRIMARY KEY,
            platform INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            changed_at INTEGER NOT NULL,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS account_changes_due ON account_changes(state, due_at);
        """;

    public Task RecordAccountChangesAsync(IReadOnlyCollection<AccountChange> changes, string source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var change in changes)
            {
                await using var command = Command(connection, transaction, """
                    INSERT INTO account_changes (profile_key, platform, user_id, status, changed_at, source, state, attempts, received_at, due_at)
                    VALUES ($key, $platform, $user, $status, $changedAt, $source, 'pending', 0, $now, $now)
                    ON CONFLICT(profile_key) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at, source = excluded.source,
                        state = 'pending', attempts = 0, received_at = excluded.received_at, due_at = excluded.due_at, last_error = NULL
                    WHERE excluded.changed_at > account_changes.changed_at;
                    """,
                    ("$key", change.Key), ("$platform", (int)change.Platform), ("$user", change.ExternalUserId), ("$status", (int)change.Status),
                    ("$changedAt", change.ChangedAt.ToUnixTimeMilliseconds()), ("$source", source), ("$now", now));
                await command.ExecuteNonQueryAsync(ct);
            }
        }, cancellationToken);

    public async Task<IReadOnlyList<AccountChange>> DueAccountChangesAsync(int max, CancellationToken cancellationToken)
    {
        var due = new List<AccountChange>();
        await WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "SELECT platform, user_id, status, changed_at FROM account_changes WHERE state = 'pending' AND due_at <= $now ORDER BY due_at LIMIT $max;",
                ("$now", Now()), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(new AccountChange((SocialPlatform)reader.GetInt32(0), reader.GetString(1), (AccountStatus)reader.GetInt32(2),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
            }
        }, cancellationToken);
        return due;
    }

    public Task AccountChangeAppliedAsync(AccountChange change, CancellationToken cancellationToken) =>
        VersionAppliedAsync("account_changes", "profile_key", change.Key, "changed_at", change.ChangedAt, cancellationToken);

    public Task AccountChangeNotYetAsync(AccountChange change, string reason, CancellationToken cancellationToken) =>
        RetryLaterAsync("account_changes", change.Key, reason, Expired, " AND changed_at = $changedAt",
            [("$changedAt", change.ChangedAt.ToUnixTimeMilliseconds())], cancellationToken, keyColumn: "profile_key");
}
