using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Drains the queue into Dataverse: receives up to BatchSize × MaxConcurrency mentions, splits them by author into as
/// many lanes as they fill batches (at most MaxConcurrency), writes each lane as batches of BatchSize, lanes side by side, and waits IdleDelay
/// when nothing is due. A starting worker takes over nothing: another worker's messages come back only when it dies.
/// Stopping ends the loop between rounds: a round in flight finishes (its mentions land or are settled) unless the
/// host's shutdown timeout runs out first, so a stop does not cut requests and spend an attempt of every mention in them.
/// </summary>
public sealed class MentionSink(IMentionConsumer queue, MentionBatchWriter writer, IOptions<DataverseSinkOptions> options, TimeProvider clock) : BackgroundService
{
    private readonly CancellationTokenSource hardStop = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

    /// <summary>One round: returns how many mentions were received (and settled: landed, retried later or dead-lettered).</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var sink = options.Value;
        var received = await queue.ReceiveAsync(sink.BatchSize * sink.MaxConcurrency, cancellationToken);
        var lanes = Math.Min(sink.MaxConcurrency, (received.Count + sink.BatchSize - 1) / sink.BatchSize);
        await Parallel.ForEachAsync(AuthorLanes.Split(received, Math.Max(lanes, 1)),
            new ParallelOptions { MaxDegreeOfParallelism = sink.MaxConcurrency, CancellationToken = cancellationToken },
            async (lane, ct) => await writer.WriteLaneAsync(lane, sink.BatchSize, ct));
        return received.Count;
    }
}
