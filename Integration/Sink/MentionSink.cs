using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Drains the queue into Dataverse: leases up to BatchSize × MaxConcurrency mentions, writes them as batches of
/// BatchSize with at most MaxConcurrency requests in flight, and waits IdleDelay when nothing is due.
/// </summary>
public sealed class MentionSink(IMentionQueue queue, MentionBatchWriter writer, IOptions<DataverseSinkOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leases held by an earlier run of this worker are not held by anyone any more.
        await queue.ReleaseAllLeasesAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await DrainOnceAsync(stoppingToken) == 0)
            {
                await Task.Delay(options.Value.IdleDelay, clock, stoppingToken);
            }
        }
    }

    /// <summary>One round: returns how many mentions were leased (and settled: landed, retried later or dead-lettered).</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var sink = options.Value;
        var leased = await queue.LeaseAsync(sink.BatchSize * sink.MaxConcurrency, cancellationToken);
        var batches = leased.Chunk(sink.BatchSize);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = sink.MaxConcurrency, CancellationToken = cancellationToken },
            async (batch, ct) => await writer.WriteAsync(batch, ct));
        return leased.Count;
    }
}
