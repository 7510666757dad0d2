using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// Keys written before <see cref="PostIds.Key"/> folded case the way Dataverse does were "platform:id" with the id as
/// sent, and Facebook and Instagram keys folded case until their message ids kept it (issue 13). Once per key form
/// (user_version 0 → 1 → 2) every removal and edit is given the key its platform and post id make now, so a tombstone
/// recorded by an older worker still stops its late post. Where both forms exist, the delete outranks
/// (removals) and the newer edit stays (edits).
/// </summary>
public sealed partial class SqliteRemovalStore
{
    private const int KeysVersion = 2;

    private static async Task RekeyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var version = Command(connection, transaction, "PRAGMA user_version;"))
        {
            if ((long)(await version.ExecuteScalarAsync(cancellationToken))! >= KeysVersion)
            {
                return;
            }
        }

        foreach (var (table, keepOld) in new[]
        {
            ("removals", "old.status = $deleted AND removals.status <> $deleted"),
            ("edits", "old.edited_at > edits.edited_at"),
        })
        {
            foreach (var (oldKey, newKey) in await StaleKeysAsync(connection, transaction, table, cancellationToken))
            {
                // The row under the new key (if any) takes the old row's values when the old one wins, then the old row goes.
                var columns = table == "removals" ? "status, source, state, attempts, due_at" : "text, edited_at, source, state, attempts, due_at";
                await using var merge = Command(connection, transaction, $"""
                    UPDATE {table} SET ({columns}) = (SELECT {columns} FROM {table} AS old WHERE old.mention_key = $old)
                    WHERE mention_key = $new AND EXISTS (SELECT 1 FROM {table} AS old WHERE old.mention_key = $old AND {keepOld});
                    UPDATE OR IGNORE {table} SET mention_key = $new WHERE mention_key = $old;
                    DELETE FROM {table} WHERE mention_key = $old;
                    """, ("$old", oldKey), ("$new", newKey), ("$deleted", (int)MentionStatus.DeletedByAuthor));
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var done = Command(connection, transaction, $"PRAGMA user_version = {KeysVersion};"))
        {
            await done.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<(string Old, string New)>> StaleKeysAsync(SqliteConnection connection, SqliteTransaction transaction, string table,
        CancellationToken cancellationToken)
    {
        var stale = new List<(string, string)>();
        await using var command = Command(connection, transaction, $"SELECT mention_key, platform, post_id FROM {table};");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = PostIds.Key((SocialPlatform)reader.GetInt32(1), reader.GetString(2));
            if (key != reader.GetString(0))
            {
                stale.Add((reader.GetString(0), key));
            }
        }

        return stale;
    }
}
