namespace SocialCrm.Integration.Queue;

public sealed partial class SqliteMentionQueue
{
    /// <summary>The queue's SQL, in one place. A message is waiting when it has no lease or its lease expired.</summary>
    private static class Sql
    {
        public const string ConnectionPragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

        public const string Schema = """
            CREATE TABLE IF NOT EXISTS queue (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                mention_key TEXT NOT NULL,
                source TEXT NOT NULL,
                payload TEXT NOT NULL,
                enqueued_at INTEGER NOT NULL,
                available_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                lease_id TEXT NULL,
                leased_until INTEGER NULL,
                last_error TEXT NULL);
            CREATE INDEX IF NOT EXISTS queue_by_key ON queue (mention_key);
            CREATE INDEX IF NOT EXISTS queue_by_due ON queue (available_at, id);
            CREATE TABLE IF NOT EXISTS dead_letters (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                mention_key TEXT NOT NULL,
                source TEXT NOT NULL,
                payload TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                reason TEXT NOT NULL,
                dead_lettered_at INTEGER NOT NULL);
            """;

        // A waiting copy of the same post takes the newer payload and keeps its place; a leased copy is left alone,
        // so the newer payload becomes a message of its own and lands after it.
        public const string ReplaceWaiting =
            "UPDATE queue SET payload = $payload, source = $source WHERE mention_key = $key AND lease_id IS NULL";

        public const string Insert =
            "INSERT INTO queue (mention_key, source, payload, enqueued_at, available_at) VALUES ($key, $source, $payload, $now, $now)";

        public const string Lease = """
            UPDATE queue SET lease_id = $lease, leased_until = $until, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM queue
                WHERE available_at <= $now AND (lease_id IS NULL OR leased_until <= $now)
                ORDER BY id LIMIT $max)
            RETURNING id, attempts, source, payload
            """;

        public const string Delete = "DELETE FROM queue WHERE id = $id AND lease_id = $lease";

        public const string Release =
            "UPDATE queue SET lease_id = NULL, leased_until = NULL, available_at = $available, last_error = $error WHERE id = $id AND lease_id = $lease";

        public const string ReleaseAll = "UPDATE queue SET lease_id = NULL, leased_until = NULL WHERE lease_id IS NOT NULL";

        public const string MoveToDeadLetters = """
            INSERT INTO dead_letters (mention_key, source, payload, attempts, reason, dead_lettered_at)
            SELECT mention_key, source, payload, attempts, $reason, $now FROM queue WHERE id = $id AND lease_id = $lease
            """;

        public const string InsertDeadLetter = """
            INSERT INTO dead_letters (mention_key, source, payload, attempts, reason, dead_lettered_at)
            VALUES ($key, $source, $payload, $attempts, $reason, $now)
            """;

        public const string Counts = """
            SELECT
                (SELECT COUNT(*) FROM queue WHERE lease_id IS NULL OR leased_until <= $now),
                (SELECT COUNT(*) FROM queue WHERE lease_id IS NOT NULL AND leased_until > $now),
                (SELECT MIN(enqueued_at) FROM queue WHERE lease_id IS NULL OR leased_until <= $now),
                (SELECT COUNT(*) FROM dead_letters)
            """;

        public const string RecentDeadLetters =
            "SELECT id, mention_key, source, payload, attempts, reason, dead_lettered_at FROM dead_letters ORDER BY id DESC LIMIT $max";

        public const string DeadLetterById =
            "SELECT id, mention_key, source, payload, attempts, reason, dead_lettered_at FROM dead_letters WHERE id = $id";

        // $id NULL means every letter. A letter refused at the edge has no mention key: its payload is not a mention.
        // A replayed mention whose post already waits in the queue is not added again: the waiting copy is newer.
        public const string ReplayDeadLetters = """
            INSERT INTO queue (mention_key, source, payload, enqueued_at, available_at)
            SELECT d.mention_key, d.source, d.payload, $now, $now FROM dead_letters d
            WHERE ($id IS NULL OR d.id = $id) AND d.mention_key <> ''
              AND NOT EXISTS (SELECT 1 FROM queue q WHERE q.mention_key = d.mention_key)
            ORDER BY d.id
            """;

        public const string DeleteReplayed = "DELETE FROM dead_letters WHERE ($id IS NULL OR id = $id) AND mention_key <> ''";

        public const string CountNotMentions = "SELECT COUNT(*) FROM dead_letters WHERE ($id IS NULL OR id = $id) AND mention_key = ''";

        public const string PurgeDeadLetters = "DELETE FROM dead_letters WHERE $id IS NULL OR id = $id";
    }
}
