using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
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
                var values = new (string, object)[]
                {
                    ("$key", edit.Key), ("$platform", (int)edit.Platform), ("$post", edit.ExternalPostId), ("$text", (object?)edit.Text ?? DBNull.Value),
                    ("$editedAt", edit.EditedAt.ToUnixTimeMilliseconds()), ("$source", source), ("$now", now),
                };
                if (edit.VisibleAgain && await NoLongerHiddenAsync(connection, transaction, edit, ct))
                {
                    // Its current text, whatever edit was recorded (those that came while it was hidden were dropped); one that
                    // says no text (a Meta unhide) takes the newest edit recorded, which may have come while it was hidden.
                    await using var reopen = Command(connection, transaction, """
                        INSERT INTO edits (mention_key, platform, post_id, text, edited_at, source, state, attempts, received_at, due_at, visible_again)
                        VALUES ($key, $platform, $post, $text, $editedAt, $source, 'pending', 0, $now, $now, 1)
                        ON CONFLICT(mention_key) DO UPDATE SET text = COALESCE(excluded.text, edits.text), edited_at = excluded.edited_at, source = excluded.source,
                            state = 'pending', attempts = 0, received_at = excluded.received_at, due_at = excluded.due_at, last_error = NULL,
                            visible_again = 1;
                        """, values);
                    await reopen.ExecuteNonQueryAsync(ct);
                    continue;
                }

                if (edit.VisibleAgain && edit.Text is null)
                {
                    // A post shown again with no text of its own (a Meta unhide) that is not known as hidden: nothing to change.
                    continue;
                }

                // Only a later edit replaces the recorded one: redelivered or older edits change nothing. A later edit of a
                // mention still to be reopened keeps the reopening.
                await using var command = Command(connection, transaction, """
                    INSERT INTO edits (mention_key, platform, post_id, text, edited_at, source, state, attempts, received_at, due_at, visible_again)
                    VALUES ($key, $platform, $post, $text, $editedAt, $source, 'pending', 0, $now, $now, 0)
                    ON CONFLICT(mention_key) DO UPDATE SET text = excluded.text, edited_at = excluded.edited_at, source = excluded.source,
                        state = 'pending', attempts = 0, received_at = excluded.received_at, due_at = excluded.due_at, last_error = NULL,
                        visible_again = CASE WHEN edits.state = 'pending' THEN edits.visible_again ELSE 0 END
                    WHERE excluded.edited_at > edits.edited_at;
                    """, values);
                await command.ExecuteNonQueryAsync(ct);
            }
        }, cancellationToken);

    /// <summary>
    /// Takes away the "No longer visible" or "Hidden by page" removal of <paramref name="edit"/>'s post, so its mention
    /// reopens and its later edits apply; false when it has none (already reopened: a redelivery), or a stronger one: an
    /// author's delete is final.
    /// </summary>
    private static async Task<bool> NoLongerHiddenAsync(SqliteConnection connection, SqliteTransaction transaction, MentionEdit edit, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "DELETE FROM removals WHERE mention_key = $key AND status IN ($hidden, $hiddenByPage);",
            ("$key", edit.Key), ("$hidden", (int)MentionStatus.NoLongerVisible), ("$hiddenByPage", (int)MentionStatus.HiddenByPage));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

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
                "SELECT platform, post_id, text, edited_at, visible_again FROM edits WHERE state = 'pending' AND due_at <= $now ORDER BY due_at LIMIT $max;",
                ("$now", Now()), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(new MentionEdit((SocialPlatform)reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), VisibleAgain: reader.GetInt64(4) != 0));
            }
        }, cancellationToken);
        return due;
    }

    /// <summary>
    /// Whether an edit reopens its mention (visible_again) came after the edits table: a file without the column gets
    /// it once, 0 for the rows it has, so new and older files take the same path. Checked and added in one transaction,
    /// immediate as Microsoft.Data.Sqlite begins them (it holds the write lock from the check on):
    /// two stores opening one file at once (a worker and its status command) would otherwise both add it.
    /// </summary>
    private static async Task AddVisibleAgainAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var has = Command(connection, transaction, "SELECT COUNT(*) FROM pragma_table_info('edits') WHERE name = 'visible_again';"))
        {
            if ((long)(await has.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return;
            }
        }

        await using (var add = Command(connection, transaction, "ALTER TABLE edits ADD COLUMN visible_again INTEGER NOT NULL DEFAULT 0;"))
        {
            await add.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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
