using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>
/// What the streams remember, in streams.db beside the queue's file: where each stream got to (Mastodon's last
/// notification id, Jetstream's time_us), so a restarted worker resumes where the last one stopped; the posts a stream
/// took, so a firehose's deletes are matched against them; the handles a stream learnt for its accounts (the newest
/// replaces the older); and the posts taken recently with their last known edit, so a stream that cannot replay deletes
/// and edits re-reads them after it was down; and the posts no longer visible, looked for again now and then
/// (StreamStateStore.Hidden.cs). A cursor is saved only after what it covers is durable in the queue, so a
/// crash between the two replays a little and loses nothing.
/// </summary>
public sealed partial class StreamStateStore(IOptions<QueueOptions> queue)
{
    public const string FileName = "streams.db";

    private readonly SqliteSideFile file = new(queue.Value, FileName, """
        CREATE TABLE IF NOT EXISTS cursors (stream TEXT PRIMARY KEY, cursor TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS taken_posts (stream TEXT NOT NULL, post_id TEXT NOT NULL, PRIMARY KEY (stream, post_id));
        CREATE TABLE IF NOT EXISTS recent_posts (stream TEXT NOT NULL, post_id TEXT NOT NULL, taken_at TEXT NOT NULL, edited_at TEXT,
            PRIMARY KEY (stream, post_id));
        CREATE TABLE IF NOT EXISTS handles (account TEXT PRIMARY KEY, handle TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS hidden_posts (stream TEXT NOT NULL, post_id TEXT NOT NULL, hidden_at INTEGER NOT NULL, due_at INTEGER NOT NULL,
            misses INTEGER NOT NULL, PRIMARY KEY (stream, post_id));
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

    /// <summary>Whether <paramref name="stream"/> took a post whose id starts with <paramref name="prefix"/> (a Bluesky
    /// author's posts all start with at://their DID/). A range on the key, so the index answers it.</summary>
    public async Task<bool> HasTakenAnyStartingWithAsync(string stream, string prefix, CancellationToken cancellationToken)
    {
        var taken = false;
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT 1 FROM taken_posts WHERE stream = $stream AND post_id >= $prefix AND post_id < $prefix || char(1114111) LIMIT 1;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$prefix", prefix);
            taken = await command.ExecuteScalarAsync(ct) != null;
        }, cancellationToken);
        return taken;
    }

    /// <summary>Remembers a post <paramref name="stream"/> took recently, or the newer edit of one it remembers; a
    /// post taken again keeps when it was first taken and the newest edit known.</summary>
    public Task TookRecentlyAsync(string stream, string postId, DateTimeOffset takenAt, DateTimeOffset? editedAt, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            await TookRecentlyAsync(command, takenAt, editedAt, ct);
        }, cancellationToken);

    /// <summary>The upsert of <see cref="TookRecentlyAsync(string, string, DateTimeOffset, DateTimeOffset?, CancellationToken)"/> on
    /// <paramref name="command"/>, which already has $stream and $post.</summary>
    private static async Task TookRecentlyAsync(SqliteCommand command, DateTimeOffset takenAt, DateTimeOffset? editedAt,
        CancellationToken cancellationToken)
    {
        command.CommandText = """
            INSERT INTO recent_posts (stream, post_id, taken_at, edited_at) VALUES ($stream, $post, $taken, $edited)
            ON CONFLICT (stream, post_id) DO UPDATE SET edited_at = excluded.edited_at
            WHERE excluded.edited_at IS NOT NULL AND (recent_posts.edited_at IS NULL OR excluded.edited_at > recent_posts.edited_at);
            """;
        command.Parameters.AddWithValue("$taken", RoundTrip(takenAt));
        command.Parameters.AddWithValue("$edited", editedAt is { } edited ? RoundTrip(edited) : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The posts <paramref name="stream"/> took since <paramref name="since"/>, with their last known edit;
    /// older ones are forgotten.</summary>
    public async Task<IReadOnlyList<RecentPost>> RecentAsync(string stream, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var posts = new List<RecentPost>();
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = """
                DELETE FROM recent_posts WHERE stream = $stream AND taken_at < $since;
                SELECT post_id, edited_at FROM recent_posts WHERE stream = $stream ORDER BY taken_at, post_id;
                """;
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$since", RoundTrip(since));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                posts.Add(new RecentPost(reader.GetString(0),
                    reader.IsDBNull(1) ? null : DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
            }
        }, cancellationToken);
        return posts;
    }

    /// <summary>Forgets a recent post (it was deleted: there is nothing left to re-read).</summary>
    public Task ForgetRecentAsync(string stream, string postId, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "DELETE FROM recent_posts WHERE stream = $stream AND post_id = $post;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    // UTC in a fixed-width round-trip form, so SQLite compares them as text in time order.
    private static string RoundTrip(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

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

/// <summary>A post a stream took recently and the time of its last edit known (null: never edited).</summary>
public sealed record RecentPost(string PostId, DateTimeOffset? EditedAt);
