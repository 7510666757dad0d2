using System;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// Retries a SQLite operation that failed for a passing reason: another connection holds the write lock
/// (SQLITE_BUSY, 5) or a table lock (SQLITE_LOCKED, 6), e.g. `socialcrm import` writing while the worker leases.
/// Every other error (a full disk, a corrupt file, a constraint) is real and surfaces at once.
/// https://www.sqlite.org/rescode.html
/// </summary>
public static class SqliteRetry
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static ResiliencePipeline Create() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<SqliteException>(e => e.SqliteErrorCode is SqliteBusy or SqliteLocked),
            MaxRetryAttempts = 6,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
        })
        .Build();
}
