using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Telemetry;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Writes a lane of received messages, batch after batch, and settles every message of it. UpsertMultiple on a standard
/// table is all or nothing: one bad record fails the request and nothing of it is written (https://learn.microsoft.com/
/// power-apps/developer/data-platform/bulk-operations). So a refused batch is halved and each half sent again, down to
/// the single record the server refuses, which is dead-lettered with the server's message while the rest lands. With one
/// bad record in a batch of n this costs about 2·log2(n) extra requests, against n for sending each record alone.
/// When Dataverse cannot take a batch, the rest of the lane waits with it, so no later mention of its authors overtakes it.
/// </summary>
public sealed class MentionBatchWriter(DataverseWebApiClient dataverse, IMentionConsumer queue, RedeliveryPolicy policy, WorkerMetrics metrics,
    SqliteSourceActivity activity, ILogger<MentionBatchWriter> logger)
{
    /// <summary>Whether this worker last found Dataverse failing, so a landing clears the failure `status` shows once.</summary>
    private volatile bool failing;

    public async Task WriteLaneAsync(IReadOnlyList<QueuedMention> lane, int batchSize, CancellationToken cancellationToken)
    {
        for (var start = 0; start < lane.Count; start += batchSize)
        {
            var batch = lane.Skip(start).Take(batchSize).ToList();
            var tally = new BatchTally();
            var unavailable = await WriteAsync(batch, tally, cancellationToken);
            // One line per batch: what reached Dataverse, from which sources, and what did not.
            logger.LogInformation("Dataverse batch: {Written} written, {DeadLettered} dead-lettered, {Waiting} waiting for a retry; from {Sources}.",
                tally.Written, tally.DeadLettered, batch.Count - tally.Written - tally.DeadLettered,
                string.Join(", ", batch.GroupBy(m => m.Source).OrderBy(g => g.Key, System.StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
            if (unavailable != null)
            {
                await RetryLaterAsync(lane.Skip(start + batchSize).ToList(), unavailable, null, cancellationToken);
                return;
            }
        }
    }

    /// <summary>Writes one batch and settles all of it; returns why Dataverse could not take it, or null when it could.</summary>
    private async Task<string?> WriteAsync(IReadOnlyList<QueuedMention> batch, BatchTally tally, CancellationToken cancellationToken)
    {
        using var span = WorkerMetrics.Activities.StartActivity("upsert mentions");
        span?.SetTag("socialcrm.batch.size", batch.Count);
        var outcome = await dataverse.UpsertMentionsAsync(batch.Select(m => m.Mention).ToList(), cancellationToken);
        span?.SetTag("socialcrm.batch.outcome", outcome.Result.ToString());
        switch (outcome.Result)
        {
            case UpsertResult.Landed:
                await queue.CompleteAsync(batch, cancellationToken);
                metrics.Delivered(batch);
                tally.Written += batch.Count;
                if (failing)
                {
                    failing = false;
                    await activity.RecordWorkingAsync(SqliteSourceActivity.Dataverse, cancellationToken);
                }

                return null;
            case UpsertResult.Refused when batch.Count == 1:
                logger.LogWarning("Dataverse refused mention {Key}: {Message}", batch[0].Mention.Key, outcome.Message);
                await queue.DeadLetterAsync(batch[0], outcome.Message!, cancellationToken);
                metrics.DeadLettered(batch[0]);
                tally.DeadLettered++;
                return null;
            case UpsertResult.Refused:
                var half = batch.Count / 2;
                if (await WriteAsync(batch.Take(half).ToList(), tally, cancellationToken) is { } unavailable)
                {
                    await RetryLaterAsync(batch.Skip(half).ToList(), unavailable, tally, cancellationToken);
                    return unavailable;
                }

                return await WriteAsync(batch.Skip(half).ToList(), tally, cancellationToken);
            default:
                logger.LogWarning("Dataverse is unavailable for {Count} mentions; they are retried later: {Message}", batch.Count, outcome.Message);
                failing = true;
                await activity.RecordFailureAsync(SqliteSourceActivity.Dataverse, outcome.Message!, outcome.CredentialsRejected, cancellationToken);
                await RetryLaterAsync(batch, outcome.Message!, tally, cancellationToken);
                return outcome.Message;
        }
    }

    /// <param name="tally">The batch the messages belong to, which counts those given up on; null for the rest of a lane.</param>
    private async Task RetryLaterAsync(IReadOnlyList<QueuedMention> messages, string error, BatchTally? tally, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var spent in messages.Where(m => policy.GivesUpAfter(m.Attempt)))
        {
            await queue.DeadLetterAsync(spent, RedeliveryPolicy.GaveUp(spent.Attempt, error), cancellationToken);
            metrics.DeadLettered(spent);
            if (tally != null)
            {
                tally.DeadLettered++;
            }
        }

        foreach (var attempt in messages.Where(m => !policy.GivesUpAfter(m.Attempt)).GroupBy(m => m.Attempt))
        {
            await queue.AbandonAsync(attempt.ToList(), policy.DelayAfter(attempt.Key), error, cancellationToken);
            metrics.Retried(attempt);
        }
    }
}
