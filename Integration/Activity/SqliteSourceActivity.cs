using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Activity;

/// <summary>
/// Each source's totals and failure in sources.db beside the queue, written by the worker, read by `status`. A failure
/// keeps the time it began until the source works again, so `status` can say "credentials rejected since …".
/// </summary>
public sealed class SqliteSourceActivity(IOptions<QueueOptions> queue, TimeProvider clock)
{
    public const string FileName = "sources.db";

    /// <summary>Dataverse, as the sink sees it, shown beside the sources.</summary>
    public const string Dataverse = "dataverse";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, received INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0,
            last_received_on TEXT, last_error TEXT, failing_since TEXT, credentials_rejected INTEGER NOT NULL DEFAULT 0);
        """;

    private readonly SqliteSideFile file = new(queue.Value, FileName, Schema);

    /// <summary>Whether an HTTP status says the credentials were refused: retrying the same ones cannot help.</summary>
    public static bool RejectsCredentials(HttpStatusCode? status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    public Task RecordReceivedAsync(string source, int received, int rejected, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = """
                INSERT INTO sources (source, received, rejected, last_received_on) VALUES ($source, $received, $rejected, $now)
                ON CONFLICT (source) DO UPDATE SET received = received + $received, rejected = rejected + $rejected, last_received_on = $now;
                """;
            command.Parameters.AddWithValue("$source", source);
            command.Parameters.AddWithValue("$received", received);
            command.Parameters.AddWithValue("$rejected", rejected);
            command.Parameters.AddWithValue("$now", Now());
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task RecordFailureAsync(string source, string error, bool credentialsRejected, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = """
                INSERT INTO sources (source, last_error, failing_since, credentials_rejected) VALUES ($source, $error, $now, $credentials)
                ON CONFLICT (source) DO UPDATE SET last_error = $error, credentials_rejected = $credentials,
                    failing_since = CASE WHEN failing_since IS NULL OR credentials_rejected <> $credentials THEN $now ELSE failing_since END;
                """;
            command.Parameters.AddWithValue("$source", source);
            command.Parameters.AddWithValue("$error", error);
            command.Parameters.AddWithValue("$credentials", credentialsRejected ? 1 : 0);
            command.Parameters.AddWithValue("$now", Now());
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>The source works again: its failure is over (the last error stays, for the record).</summary>
    public Task RecordWorkingAsync(string source, CancellationToken cancellationToken) =>
        file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "UPDATE sources SET failing_since = NULL, credentials_rejected = 0 WHERE source = $source AND failing_since IS NOT NULL;";
            command.Parameters.AddWithValue("$source", source);
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<IReadOnlyList<SourceActivity>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<SourceActivity>();
        await file.RunAsync(async (command, ct) =>
        {
            command.CommandText = "SELECT source, received, rejected, last_received_on, last_error, failing_since, credentials_rejected FROM sources ORDER BY source;";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                all.Add(new SourceActivity(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), Time(reader, 3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), Time(reader, 5), reader.GetInt64(6) == 1));
            }
        }, cancellationToken);
        return all;
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(Microsoft.Data.Sqlite.SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture);
}
