namespace SocialCrm.Integration.Queue;

public sealed partial class SqliteMentionQueue
{
    /// <summary>The queue's SQL, in one place. A message is waiting when it has no lease or its lease expired.</summary>
    private static class Sql
    {
        // busy_timeout: another process writing (an import beside the worker, a second worker) is waited for inside
        // SQLite, whose busy handler retries within milliseconds, rather than by the driver's 150 ms sleeps.
        // journal_size_limit: the WAL file is cut back to 4 MiB after each checkpoint instead of keeping its peak size.
        public const string ConnectionPragmas =
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA journal_size_limit = 4194304;";

        // auto_vacuum takes effect on a file with no tables, or through VACUUM on an older file; with it, pages freed by
        // drained messages go back to the file system (https://www.sqlite.org/pragma.html#pragma_auto_vacuum).
        public const string AutoVacuumMode = "PRAGMA auto_vacuum";

        public const string UseIncrementalVacuum = "PRAGMA auto_vacuum = INCREMENTAL; VACUUM;";

        public const string IncrementalAutoVacuum = "2";

        public const string FreePages = "PRAGMA freelist_count";

        public const string ReturnFreePages = "PRAGMA incremental_vacuum";

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

        // $ids is a JSON array: one statement settles a whole batch.
        public const string DeleteHeld = "DELETE FROM queue WHERE lease_id = $lease AND id IN (SELECT value FROM json_each($ids))";

        public const string Delete = "DELETE FROM queue WHERE id = $id AND lease_id = $lease";

        public const string Release = """
            UPDATE queue SET lease_id = NULL, leased_until = NULL, available_at = $available, last_error = $error
            WHERE lease_id = $lease AND id IN (SELECT value FROM json_each($ids))
            """;

        // $leases is a JSON array of the leases this process holds; it learns which still hold a message.
        public const string Renew = """
            UPDATE queue SET leased_until = $until WHERE lease_id IN (SELECT value FROM json_each($leases))
            RETURNING lease_id
            """;

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
