using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// Replies on their network whose Sent update Dataverse refused: moved out of the outbox into their own table, so the
/// worker skips them for good (never posted again, the refused update never sent again) and `status` lists them.
/// </summary>
public sealed partial class ReplyOutbox
{
    private const string UnrecordedSchema =
        "CREATE TABLE IF NOT EXISTS unrecorded_reply (reply_id TEXT PRIMARY KEY, platform TEXT NOT NULL, post_id TEXT NOT NULL, url TEXT, " +
        "sent_on TEXT NOT NULL, refusal TEXT NOT NULL, since TEXT NOT NULL)";

    /// <summary>In one transaction, so a crash leaves the reply either Posted (tried again) or Unrecorded, never neither.</summary>
    public async Task MarkUnrecordedAsync(UnrecordedReply reply, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = Command(connection,
            "INSERT OR REPLACE INTO unrecorded_reply (reply_id, platform, post_id, url, sent_on, refusal, since) VALUES ($id, $platform, $post, $url, $on, $refusal, $since)",
            ("$id", reply.ReplyId.ToString()), ("$platform", reply.Platform.ToString()), ("$post", reply.Posted.PostId),
            ("$url", (object?)reply.Posted.Url ?? DBNull.Value), ("$on", reply.Posted.SentOn.ToString("O", CultureInfo.InvariantCulture)),
            ("$refusal", reply.Refusal), ("$since", reply.Since.ToString("O", CultureInfo.InvariantCulture))))
        {
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var remove = Command(connection, "DELETE FROM outbox WHERE reply_id = $id", ("$id", reply.ReplyId.ToString())))
        {
            remove.Transaction = transaction;
            await remove.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnrecordedReply>> UnrecordedRepliesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT reply_id, platform, post_id, url, sent_on, refusal, since FROM unrecorded_reply ORDER BY since");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var unrecorded = new List<UnrecordedReply>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<SocialPlatform>(reader.GetString(1), out var platform))
            {
                var posted = new PostedReply(reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), Timestamp(reader.GetString(4)));
                unrecorded.Add(new UnrecordedReply(Guid.Parse(reader.GetString(0)), platform, posted, reader.GetString(5), Timestamp(reader.GetString(6))));
            }
        }

        return unrecorded;
    }
}
