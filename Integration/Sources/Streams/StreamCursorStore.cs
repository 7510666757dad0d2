using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>
/// Where each stream got to (Mastodon's last notification id, Jetstream's time_us), in streams.db beside the queue's
/// file, so a restarted worker resumes where the last one stopped. A cursor is saved only after what it covers is
/// durable in the queue, so a crash between the two replays a little and loses nothing.
/// </summary>
public sealed class StreamCursorStore
{
    public const string FileName = "streams.db";

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS cursors (stream TEXT PRIMARY KEY, cursor TEXT NOT NULL);
        """;

    private readonly string connectionString;
    private readonly ResiliencePipeline retry = SqliteRetry.Create();

    public StreamCursorStore(IOptions<QueueOptions> queue)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(queue.Value.Path))!;
        Directory.CreateDirectory(folder);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, FileName), Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public Task<string?> GetAsync(string stream, CancellationToken cancellationToken) =>
        RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT cursor FROM cursors WHERE stream = $stream;";
            command.Parameters.AddWithValue("$stream", stream);
            return await command.ExecuteScalarAsync(ct) as string;
        }, cancellationToken);

    public Task SaveAsync(string stream, string cursor, CancellationToken cancellationToken) =>
        RunAsync(async (command, ct) =>
        {
            command.CommandText = "INSERT INTO cursors (stream, cursor) VALUES ($stream, $cursor) ON CONFLICT (stream) DO UPDATE SET cursor = $cursor;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$cursor", cursor);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private Task<T> RunAsync<T>(Func<SqliteCommand, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(async ct =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using (var schema = connection.CreateCommand())
            {
                schema.CommandText = Schema;
                await schema.ExecuteNonQueryAsync(ct);
            }

            await using var command = connection.CreateCommand();
            return await work(command, ct);
        }, cancellationToken).AsTask();
}
