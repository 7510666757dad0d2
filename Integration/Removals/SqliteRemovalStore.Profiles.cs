using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>Profile changes: one row per profile holding its newest change, pending until Dataverse has it.</summary>
public sealed partial class SqliteRemovalStore : IProfileChangeStore
{
    private const string ProfileSchema = """
        CREATE TABLE IF NOT EXISTS profile_changes (
            profile_key TEXT PRIMARY KEY,
            platform INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            handle TEXT NOT NULL,
            changed_at INTEGER NOT NULL,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS profile_changes_due ON profile_changes(state, due_at);
        """;

    public Task RecordProfileChangesAsync(IReadOnlyCollection<ProfileChange> changes, string source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var change in changes)
            {
                await using var command = Command(connection, transaction, """
                    INSERT INTO profile_changes (profile_key, platform, user_id, handle, changed_at, source, state, attempts, received_at, due_at)
                    VALUES ($key, $platform, $user, $handle, $changedAt, $source, 'pending', 0, $now, $now)
                    ON CONFLICT(profile_key) DO UPDATE SET handle = excluded.handle, changed_at = excluded.changed_at, source = excluded.source,
                        state = 'pending', attempts = 0, received_at = excluded.received_at, due_at = excluded.due_at, last_error = NULL
                    WHERE excluded.changed_at > profile_changes.changed_at;
                    """,
                    ("$key", change.Key), ("$platform", (int)change.Platform), ("$user", change.ExternalUserId), ("$handle", change.Handle),
                    ("$changedAt", change.ChangedAt.ToUnixTimeMilliseconds()), ("$source", source), ("$now", now));
                await command.ExecuteNonQueryAsync(ct);
            }
        }, cancellationToken);

    public async Task<IReadOnlyList<ProfileChange>> DueProfileChangesAsync(int max, CancellationToken cancellationToken)
    {
        var due = new List<ProfileChange>();
        await WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "SELECT platform, user_id, handle, changed_at FROM profile_changes WHERE state = 'pending' AND due_at <= $now ORDER BY due_at LIMIT $max;",
                ("$now", Now()), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(new ProfileChange((SocialPlatform)reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
            }
        }, cancellationToken);
        return due;
    }

    public Task ProfileChangeAppliedAsync(ProfileChange change, CancellationToken cancellationToken) =>
        VersionAppliedAsync("profile_changes", "profile_key", change.Key, "changed_at", change.ChangedAt, cancellationToken);

    public Task ProfileChangeNotYetAsync(ProfileChange change, string reason, CancellationToken cancellationToken) =>
        RetryLaterAsync("profile_changes", change.Key, reason, Expired, " AND changed_at = $changedAt",
            [("$changedAt", change.ChangedAt.ToUnixTimeMilliseconds())], cancellationToken, keyColumn: "profile_key");
}
