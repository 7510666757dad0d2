using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Polly;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// A small SQLite file beside the queue's (access.db, sources.db), so the worker, a restart and `status` read the same
/// facts. Each operation opens a pooled connection, makes sure of the schema and retries a passing lock.
/// </summary>
public sealed class SqliteSideFile
{
    private readonly ResiliencePipeline retry = SqliteRetry.Create();
    private readonly string connectionString;
    private readonly string schema;

    public SqliteSideFile(QueueOptions queue, string fileName, string schema)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = PathBeside(queue, fileName), Pooling = true, DefaultTimeout = 30 }.ToString();
        this.schema = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;" + schema;
    }

    /// <summary>
    /// Where the worker keeps a state file: beside the queue's, whatever the working directory, so one Queue:Path moves
    /// all of them together. Creates the folder.
    /// </summary>
    public static string PathBeside(QueueOptions queue, string fileName)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(queue.Path))!;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    public Task RunAsync(Func<SqliteCommand, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(async ct =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = schema;
                await create.ExecuteNonQueryAsync(ct);
            }

            await using var command = connection.CreateCommand();
            await work(command, ct);
        }, cancellationToken).AsTask();
}
