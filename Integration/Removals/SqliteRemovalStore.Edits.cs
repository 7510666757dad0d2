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
        WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "UPDATE edits SET state = $applied, last_error = NULL WHERE mention_key = $key AND edited_at = $editedAt;",
                ("$applied", Applied), ("$key", edit.Key), ("$editedAt", edit.EditedAt.ToUnixTimeMilliseconds()));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task EditNotYetAsync(MentionEdit edit, string reason, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction, """
                UPDATE edits SET attempts = attempts + 1, last_error = $reason,
                    due_at = $now + MIN($maxDelay, $delay * (1 << MIN(attempts, 20))),
                    state = CASE WHEN $now - received_at >= $window THEN $expired ELSE state END
                WHERE mention_key = $key AND edited_at = $editedAt AND state = $pending;
                """,
                ("$reason", reason), ("$now", Now()), ("$delay", (long)options.RetryDelay.TotalMilliseconds),
                ("$maxDelay", (long)options.MaxRetryDelay.TotalMilliseconds), ("$window", (long)options.PendingWindow.TotalMilliseconds),
                ("$expired", Expired), ("$pending", Pending), ("$key", edit.Key), ("$editedAt", edit.EditedAt.ToUnixTimeMilliseconds()));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
}
