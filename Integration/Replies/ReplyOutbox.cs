using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// The worker's own durable record of each reply on its way out, so a crash at any point leaves enough to finish
/// without posting twice. A reply is written here as Sending before the network is called and as Posted (with the
/// network's id) the moment the network accepts it, before Dataverse hears of it; the row goes when Dataverse has it.
/// A Sending row found at start-up means the run died during the call: the network is asked whether it has the reply.
/// </summary>
public sealed partial class ReplyOutbox
{
    private readonly string connectionString;
    private readonly SemaphoreSlim schema = new(1, 1);
    private bool schemaReady;

    public const string FileName = "replies.db";

    public ReplyOutbox(IOptions<ReplyOptions> options, IOptions<QueueOptions> queue)
    {
        var path = options.Value.OutboxPath is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : SqliteSideFile.PathBeside(queue.Value, FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public async Task<OutboxEntry?> FindAsync(Guid replyId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT state, post_id, url, sent_on FROM outbox WHERE reply_id = $id " +
            "UNION ALL SELECT 'Unrecorded', post_id, url, sent_on FROM unrecorded_reply WHERE reply_id = $id",
            ("$id", replyId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var state = Enum.Parse<OutboxState>(reader.GetString(0));
        var posted = reader.IsDBNull(1)
            ? null
            : new PostedReply(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), Timestamp(reader.GetString(3)));
        return new OutboxEntry(replyId, state, posted);
    }

    /// <summary>Recorded before the network is called: from here on, a restart asks the network before posting.</summary>
    public Task MarkSendingAsync(Guid replyId, CancellationToken cancellationToken) =>
        ExecuteAsync("INSERT INTO outbox (reply_id, state) VALUES ($id, 'Sending') ON CONFLICT (reply_id) DO NOTHING", cancellationToken, ("$id", replyId.ToString()));

    /// <summary>Recorded the moment the network accepts the reply, before Dataverse is told.</summary>
    public Task MarkPostedAsync(Guid replyId, PostedReply posted, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO outbox (reply_id, state, post_id, url, sent_on) VALUES ($id, 'Posted', $post, $url, $on) " +
            "ON CONFLICT (reply_id) DO UPDATE SET state = 'Posted', post_id = $post, url = $url, sent_on = $on",
            cancellationToken,
            ("$id", replyId.ToString()), ("$post", posted.PostId), ("$url", (object?)posted.Url ?? DBNull.Value),
            ("$on", posted.SentOn.ToString("O", CultureInfo.InvariantCulture)));

    /// <summary>Dataverse has the outcome: nothing is left to finish.</summary>
    public Task RemoveAsync(Guid replyId, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM outbox WHERE reply_id = $id", cancellationToken, ("$id", replyId.ToString()));

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!schemaReady)
        {
            await schema.WaitAsync(cancellationToken);
            try
            {
                // WAL with synchronous FULL: a row is on disk when the call returns, which is the whole point of it.
                await using var command = Command(connection,
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; " +
                    "CREATE TABLE IF NOT EXISTS outbox (reply_id TEXT PRIMARY KEY, state TEXT NOT NULL, post_id TEXT, url TEXT, sent_on TEXT); " +
                    "CREATE TABLE IF NOT EXISTS stopped_account (platform TEXT PRIMARY KEY, reason TEXT NOT NULL, since TEXT NOT NULL); " +
                    UnrecordedSchema);
                await command.ExecuteNonQueryAsync(cancellationToken);
                schemaReady = true;
            }
            finally
            {
                schema.Release();
            }
        }
        else
        {
            await using var pragma = Command(connection, "PRAGMA synchronous = FULL");
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    // Times are stored in the round-trip ("O") form.
    private static DateTimeOffset Timestamp(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

public enum OutboxState
{
    Sending,
    Posted,

    /// <summary>Posted, and Dataverse refused to record it: left alone for good (<see cref="UnrecordedReply"/>).</summary>
    Unrecorded,
}

/// <summary>
/// A reply the outbox holds: Sending (the network may or may not have it), Posted (it has, with this id) or Unrecorded
/// (it has, and Dataverse refused to record it).
/// </summary>
public sealed record OutboxEntry(Guid ReplyId, OutboxState State, PostedReply? Posted);
