using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace SocialCrm.Integration.Queue;

public sealed partial class SqliteMentionQueue
{
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken)
    {
        IReadOnlyList<DeadLetter> letters = [];
        await WriteAsync(async (connection, transaction, ct) =>
            letters = await ReadDeadLettersAsync(Command(connection, transaction, Sql.RecentDeadLetters, ("$max", max)), ct), cancellationToken);
        return letters;
    }

    public async Task<DeadLetter?> FindAsync(long id, CancellationToken cancellationToken)
    {
        IReadOnlyList<DeadLetter> letters = [];
        await WriteAsync(async (connection, transaction, ct) =>
            letters = await ReadDeadLettersAsync(Command(connection, transaction, Sql.DeadLetterById, ("$id", id)), ct), cancellationToken);
        return letters.SingleOrDefault();
    }

    public async Task<DeadLetterReplay> ReplayAsync(long? id, CancellationToken cancellationToken)
    {
        var replay = new DeadLetterReplay(0, 0);
        await WriteAsync(async (connection, transaction, ct) =>
        {
            var selected = (object?)id ?? DBNull.Value;
            await ExecuteAsync(connection, transaction, ct, Sql.ReplayDeadLetters, ("$id", selected), ("$now", Now()));
            var replayed = await ExecuteAsync(connection, transaction, ct, Sql.DeleteReplayed, ("$id", selected));
            await using var count = Command(connection, transaction, Sql.CountNotMentions, ("$id", selected));
            replay = new DeadLetterReplay(replayed, Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture));
        }, cancellationToken);
        return replay;
    }

    public async Task<int> PurgeAsync(long? id, CancellationToken cancellationToken)
    {
        var purged = 0;
        await WriteAsync(async (connection, transaction, ct) =>
            purged = await ExecuteAsync(connection, transaction, ct, Sql.PurgeDeadLetters, ("$id", (object?)id ?? DBNull.Value)), cancellationToken);
        return purged;
    }

    private static async Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            var letters = new List<DeadLetter>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                letters.Add(new DeadLetter(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetInt32(4), reader.GetString(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
            }

            return letters;
        }
    }
}
