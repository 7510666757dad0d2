using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>Post versions: which keys name later versions of a post (<see cref="PostVersions"/>), so their removals remove the post.</summary>
public sealed partial class SqliteRemovalStore
{
    private const string VersionSchema = """
        CREATE TABLE IF NOT EXISTS post_versions (
            version_key TEXT PRIMARY KEY,
            mention_key TEXT NOT NULL,
            platform INTEGER NOT NULL,
            post_id TEXT NOT NULL);
        """;

    public Task RecordVersionsAsync(IReadOnlyCollection<PostVersions> versions, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction, ct) =>
        {
            var now = Now();
            foreach (var post in versions)
            {
                foreach (var versionKey in post.VersionKeys)
                {
                    // A removal that came first under a version's id (its delete overtook the edit) is the post's too.
                    await using var command = Command(connection, transaction, """
                        INSERT OR IGNORE INTO post_versions (version_key, mention_key, platform, post_id) VALUES ($version, $key, $platform, $post);
                        INSERT INTO removals (mention_key, platform, post_id, status, source, state, attempts, received_at, due_at)
                        SELECT $key, $platform, $post, status, source, 'pending', 0, received_at, $now FROM removals WHERE mention_key = $version
                        ON CONFLICT(mention_key) DO UPDATE SET status = excluded.status, source = excluded.source,
                            state = 'pending', attempts = 0, due_at = excluded.due_at
                        WHERE removals.status <> $deleted AND excluded.status = $deleted;
                        """,
                        ("$version", versionKey), ("$key", post.Key), ("$platform", (int)post.Platform), ("$post", post.OriginalId), ("$now", now),
                        ("$deleted", (int)MentionStatus.DeletedByAuthor));
                    await command.ExecuteNonQueryAsync(ct);
                }
            }
        }, cancellationToken);

    /// <summary>The removal as it applies: to the original post when it names a later version of one.</summary>
    private static async Task<MentionRemoval> OfOriginalAsync(SqliteConnection connection, SqliteTransaction transaction, MentionRemoval removal,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT platform, post_id FROM post_versions WHERE version_key = $version;",
            ("$version", removal.Key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? removal with { Platform = (SocialPlatform)reader.GetInt32(0), ExternalPostId = reader.GetString(1) }
            : removal;
    }
}
