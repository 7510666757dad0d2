using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>The posts a stream took that the network no longer shows the account, each with when it went and when it is
/// next looked for (times as Unix milliseconds).</summary>
public sealed partial class StreamStateStore
{
    /// <summary>Remembers that a post <paramref name="stream"/> took is no longer visible, to look for it again at
    /// <paramref name="dueAt"/>; one remembered already keeps when it went and its schedule.</summary>
    public Task HiddenAsync(string stream, string postId, DateTimeOffset hiddenAt, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = """
                INSERT OR IGNORE INTO hidden_posts (stream, post_id, hidden_at, due_at, misses) VALUES ($stream, $post, $hidden, $due, 0);
                """;
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            command.Parameters.AddWithValue("$hidden", hiddenAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>The hidden posts of <paramref name="stream"/> whose next look is due at <paramref name="now"/>, soonest
    /// first, at most <paramref name="max"/>; those that went before <paramref name="since"/> are forgotten (they stay no
    /// longer visible).</summary>
    public async Task<IReadOnlyList<HiddenPost>> DueHiddenAsync(string stream, DateTimeOffset now, DateTimeOffset since, int max,
        CancellationToken cancellationToken)
    {
        var posts = new List<HiddenPost>();
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = """
                DELETE FROM hidden_posts WHERE stream = $stream AND hidden_at < $since;
                SELECT post_id, misses FROM hidden_posts WHERE stream = $stream AND due_at <= $now ORDER BY due_at, post_id LIMIT $max;
                """;
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$max", max);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                posts.Add(new HiddenPost(reader.GetString(0), reader.GetInt32(1)));
            }
        }, cancellationToken);
        return posts;
    }

    /// <summary>A hidden post looked for and still missing: one more miss, and the next look at <paramref name="dueAt"/>.</summary>
    public Task StillHiddenAsync(string stream, string postId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "UPDATE hidden_posts SET misses = misses + 1, due_at = $due WHERE stream = $stream AND post_id = $post;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            command.Parameters.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>
    /// A hidden post looked for and answered again: no longer hidden, and taken recently with its last edit, in one
    /// transaction and only while it is still hidden. One forgotten while it was looked for (its author's delete was
    /// streamed meanwhile) stays forgotten, so a deleted post is never re-read.
    /// </summary>
    public Task VisibleAgainAsync(string stream, string postId, DateTimeOffset takenAt, DateTimeOffset? editedAt, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            await using var transaction = (SqliteTransaction)await command.Connection!.BeginTransactionAsync(ct);
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM hidden_posts WHERE stream = $stream AND post_id = $post;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            if (await command.ExecuteNonQueryAsync(ct) > 0)
            {
                await TookRecentlyAsync(command, takenAt, editedAt, ct);
            }

            await transaction.CommitAsync(ct);
        }, cancellationToken);

    /// <summary>Forgets a hidden post: it is visible again, or its author deleted it.</summary>
    public Task ForgetHiddenAsync(string stream, string postId, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "DELETE FROM hidden_posts WHERE stream = $stream AND post_id = $post;";
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$post", postId);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
}

/// <summary>A post no longer visible whose next look is due, and how many looks already missed it.</summary>
public sealed record HiddenPost(string PostId, int Misses);
