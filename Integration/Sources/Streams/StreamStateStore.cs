using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>
/// What the streams remember, in streams.db beside the queue's file: where each stream got to (Mastodon's last
/// notification id, Jetstream's time_us), so a restarted worker resumes where the last one stopped, and the posts a
/// stream took, so a firehose's deletes are matched against them, and the handles a stream learnt for its accounts (the
/// newest replaces the older). A cursor is saved only after what it covers is durable
/// in the queue, so a crash between the two replays a little and loses nothing.
/// </summary>
public sealed class StreamStateStore(IOptions<QueueOptions> queue)
{
    public const string FileName = "streams.db";

    private readonly SqliteSideFile file = new(queue.Value, FileName, """
        CREATE TABLE IF NOT EXISTS cursors (stream TEXT PRIMARY KEY, cursor TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS taken_posts (stream TEXT NOT NULL, post_id TEXT NOT NULL, PRIMARY KEY (stream, post_id));
        CREATE TABLE IF NOT EXISTS handles (account TEXT PRIMARY KEY, handle TEXT NOT NULL);
        """);

    public Task<string?> GetAsync(string stream, CancellationToken cancellationToken) =>
        TextAsync("SELECT cursor FROM cursors WHERE stream = $key;", stream, cancellationToken);

    public Task SaveAsync(string stream, string cursor, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "INSERT INTO cursors (stream, cursor) VALUES ($stream, $cursor) ON CONFLICT (stream) DO UPDATE SET cursor = $cursor;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$cursor", cursor);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>Remembers that <paramref name="stream"/> took the post <paramref name="postId"/> (ids compared as sent).</summary>
    public Task TookAsync(string stream, string postId, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "INSERT OR IGNORE INTO taken_posts (stream, post_id) VALUES ($stream, $post);";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<bool> HasTakenAsync(string stream, string postId, CancellationToken cancellationToken)
    {
        var taken = false;
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT 1 FROM taken_posts WHERE stream = $stream AND post_id = $post;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            taken = await command.ExecuteScalarAsync(ct) != null;
        }, cancellationToken);
        return taken;
    }

    /// <summary>Remembers <paramref name="handle"/> as <paramref name="account"/>'s handle, replacing an older one.</summary>
    public Task SaveHandleAsync(string account, string handle, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "INSERT INTO handles (account, handle) VALUES ($account, $handle) ON CONFLICT (account) DO UPDATE SET handle = $handle;";
            command.Parameters.AddWithValue("$account", account);
            command.Parameters.AddWithValue("$handle", handle);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task<string?> HandleAsync(string account, CancellationToken cancellationToken) =>
        TextAsync("SELECT handle FROM handles WHERE account = $key;", account, cancellationToken);

    /// <summary>The text <paramref name="query"/> selects for the row of <paramref name="key"/>; null without one.</summary>
    private async Task<string?> TextAsync(string query, string key, CancellationToken cancellationToken)
    {
        string? text = null;
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = query;
            command.Parameters.AddWithValue("$key", key);
            text = await command.ExecuteScalarAsync(ct) as string;
        }, cancellationToken);
        return text;
    }
}
