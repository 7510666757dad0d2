using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>Edits: one row per post holding its newest edit, pending until Dataverse has it.</summary>
public sealed partial class SqliteRemovalStore
{
    private const string Expired = "expired";
    private const string Dropped = "dropped";

    public Task RecordEditsAsync(IReadOnlyCollection<MentionEdit> edits, string source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var edit in edits)
            {
                // Only a later edit replaces the recorded one: redelivered or older edits change nothing.
                await using var command = Command(connection, transaction, """
                    INSERT INTO edits (mention_key, platform, post_id, text, edited_at, source, state, attempts, received_at, due_at)
                    VALUES ($key, $platform, $post, $text, $editedAt, $source, 'pending', 0, $now, $now)
                    ON CONFLICT(mention_key) DO UPDATE SET text = excluded.text, edited_at = excluded.edited_at, source = excluded.source,
                        state = 'pending', attempts = 0, received_at = excluded.received_at, due_at = excluded.due_at, last_error = NULL
                    WHERE excluded.edited_at > edits.edited_at;
                    """,
                    ("$key", edit.Key), ("$platform", (int)edit.Platform), ("$post", edit.ExternalPostId), ("$text", (object?)edit.Text ?? DBNull.Value),
                    ("$editedAt", edit.EditedAt.ToUnixTimeMilliseconds()), ("$source", source), ("$now", now));
                await command.ExecuteNonQueryAsync(ct);
            }
        }, cancellationToken);

    public async Task<IReadOnlyList<MentionEdit>> DueEditsAsync(int max, CancellationToken cancellationToken)
    {
        var due = new List<MentionEdit>();
        await WriteAsync(async (connection, transaction, ct) =>
        {
            await using (var drop = Command(connection, transaction,
                "UPDATE edits SET state = $dropped WHERE state = 'pending' AND mention_key IN (SELECT mention_key FROM removals);", ("$dropped", Dropped)))
            {
                await drop.ExecuteNonQueryAsync(ct);
            }

            await using var command = Command(connection, transaction,
                "SELECT platform, post_id, text, edited_at FROM edits WHERE state = 'pending' AND due_at <= $now ORDER BY due_at LIMIT $max;",
                ("$now", Now()), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(new MentionEdit((SocialPlatform)reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
            }
        }, cancellationToken);
        return due;
    }

    public Task EditAppliedAsync(MentionEdit edit, CancellationToken cancellationToken) =>
        VersionAppliedAsync("edits", "mention_key", edit.Key, "edited_at", edit.EditedAt, cancellationToken);

    /// <summary>Marks the row of <paramref name="key"/> applied, unless a newer version replaced it meanwhile.</summary>
    private Task VersionAppliedAsync(string table, string keyColumn, string key, string versionColumn, DateTimeOffset version,
        CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                $"UPDATE {table} SET state = $applied, last_error = NULL WHERE {keyColumn} = $key AND {versionColumn} = $version;",
                ("$applied", Applied), ("$key", key), ("$version", version.ToUnixTimeMilliseconds()));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task EditNotYetAsync(MentionEdit edit, string reason, CancellationToken cancellationToken) =>
        RetryLaterAsync("edits", edit.Key, reason, Expired, " AND edited_at = $editedAt", [("$editedAt", edit.EditedAt.ToUnixTimeMilliseconds())],
            cancellationToken);
}
