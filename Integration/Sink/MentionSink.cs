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
/// BatchSize with at most MaxConcurrency requests in flight, and waits IdleDelay when nothing is due. Stopping ends the
/// loop between rounds: a round in flight finishes (its mentions land or are settled) unless the host's shutdown
/// timeout runs out first, so a stop does not cut requests and spend an attempt of every mention in them.
/// </summary>
public sealed class MentionSink(IMentionQueue queue, MentionBatchWriter writer, IOptions<DataverseSinkOptions> options, TimeProvider clock) : BackgroundService
{
    private readonly CancellationTokenSource hardStop = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leases held by an earlier run of this worker are not held by anyone any more.
        await queue.ReleaseAllLeasesAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await DrainOnceAsync(hardStop.Token) == 0)
            {
                await Task.Delay(options.Value.IdleDelay, clock, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host cancels this token when its shutdown timeout is spent: only then is a round in flight cut.
        await using var registration = cancellationToken.Register(hardStop.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        hardStop.Dispose();
        base.Dispose();
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
