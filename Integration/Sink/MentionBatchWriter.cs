using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Writes one leased batch and settles every message of it. UpsertMultiple on a standard table is all or nothing: one
/// bad record fails the request and nothing of it is written (https://learn.microsoft.com/power-apps/developer/
/// data-platform/bulk-operations). So a refused batch is halved and each half sent again, down to the single record
/// the server refuses, which is dead-lettered with the server's message while the rest lands. With one bad record in a
/// batch of n this costs about 2·log2(n) extra requests, against n for sending each record alone.
/// </summary>
public sealed class MentionBatchWriter(DataverseWebApiClient dataverse, IMentionQueue queue, ILogger<MentionBatchWriter> logger)
{
    public async Task WriteAsync(IReadOnlyList<QueuedMention> batch, CancellationToken cancellationToken)
    {
        var outcome = await dataverse.UpsertMentionsAsync(batch.Select(m => m.Mention).ToList(), cancellationToken);
        switch (outcome.Result)
        {
            case UpsertResult.Landed:
                await queue.AcknowledgeAsync(batch, cancellationToken);
                break;
            case UpsertResult.Refused when batch.Count == 1:
                logger.LogWarning("Dataverse refused mention {Key}: {Message}", batch[0].Mention.Key, outcome.Message);
                await queue.DeadLetterAsync(batch[0], outcome.Message!, cancellationToken);
                break;
            case UpsertResult.Refused:
                var half = batch.Count / 2;
                await WriteAsync(batch.Take(half).ToList(), cancellationToken);
                await WriteAsync(batch.Skip(half).ToList(), cancellationToken);
                break;
            default:
                logger.LogWarning("Dataverse is unavailable for {Count} mentions; they are retried later: {Message}", batch.Count, outcome.Message);
                foreach (var message in batch)
                {
                    await queue.RetryLaterAsync(message, outcome.Message!, cancellationToken);
                }

                break;
        }
    }
}
