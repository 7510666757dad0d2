using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Threading;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Telemetry;

/// <summary>
/// The queue's depth as a gauge, read from the queue each time the metrics are collected (an export or a scrape), so
/// it is the depth every worker on the queue sees, not what this process has counted.
/// </summary>
public sealed class QueueDepthGauge
{
    public QueueDepthGauge(IMeterFactory meters, IQueueMonitor queue)
    {
        meters.Create(WorkerMetrics.MeterName).CreateObservableGauge("socialcrm.queue.depth", () => Observe(queue), "{mention}",
            "Mentions in the queue: waiting, out on a lease, dead-lettered");
    }

    private static IEnumerable<Measurement<long>> Observe(IQueueMonitor queue)
    {
        // The callback is synchronous by OpenTelemetry's design; the status query is one short read.
        var status = queue.StatusAsync(0, CancellationToken.None).GetAwaiter().GetResult();
        yield return new Measurement<long>(status.Pending, new KeyValuePair<string, object?>("state", "pending"));
        if (status.Leased is { } leased)
        {
            yield return new Measurement<long>(leased, new KeyValuePair<string, object?>("state", "leased"));
        }

        if (status.WaitingForRetry is { } waiting)
        {
            yield return new Measurement<long>(waiting, new KeyValuePair<string, object?>("state", "retry_waiting"));
        }

        yield return new Measurement<long>(status.DeadLetters, new KeyValuePair<string, object?>("state", "dead_lettered"));
    }
}
