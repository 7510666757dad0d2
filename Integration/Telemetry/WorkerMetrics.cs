using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Telemetry;

/// <summary>
/// What the worker counts, per source: mentions received (offered to the queue), refused at the edge, delivered to Dataverse, retried later and
/// dead-lettered by the sink, and the waits Dataverse's throttling imposed. Names follow OpenTelemetry's semantic
/// conventions (dotted, lower case, unit in braces: https://opentelemetry.io/docs/specs/semconv/general/metrics/).
/// Web API latency and status come from .NET's own <c>System.Net.Http</c> meter (http.client.request.duration).
/// </summary>
public sealed class WorkerMetrics
{
    public const string MeterName = "SocialCrm.Worker";

    /// <summary>The worker's spans: mentions put in the queue, a batch written to Dataverse.</summary>
    public static readonly ActivitySource Activities = new(MeterName);

    private readonly Counter<long> received;
    private readonly Counter<long> rejected;
    private readonly Counter<long> delivered;
    private readonly Counter<long> retried;
    private readonly Counter<long> deadLettered;
    private readonly Counter<long> throttled;
    private readonly Histogram<double> throttleWait;

    public WorkerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        received = meter.CreateCounter<long>("socialcrm.mentions.received", "{mention}", "Mentions a source offered to the queue (a post already removed is dropped there)");
        rejected = meter.CreateCounter<long>("socialcrm.mentions.rejected", "{mention}", "Items a source received but could not turn into a mention (dead-lettered at the edge)");
        delivered = meter.CreateCounter<long>("socialcrm.mentions.delivered", "{mention}", "Mentions Dataverse took");
        retried = meter.CreateCounter<long>("socialcrm.mentions.retried", "{mention}", "Mentions offered again later because Dataverse could not take them");
        deadLettered = meter.CreateCounter<long>("socialcrm.mentions.dead_lettered", "{mention}", "Mentions the sink gave up on");
        throttled = meter.CreateCounter<long>("socialcrm.dataverse.throttled", "{response}", "429 answers from Dataverse's service protection");
        throttleWait = meter.CreateHistogram<double>("socialcrm.dataverse.throttle_wait", "s", "How long a 429 made the worker wait before trying again");
    }

    public void Received(string source, int count) => received.Add(count, Source(source));

    public void Rejected(string source) => rejected.Add(1, Source(source));

    public void Delivered(IEnumerable<QueuedMention> messages) => CountBySource(delivered, messages);

    public void Retried(IEnumerable<QueuedMention> messages) => CountBySource(retried, messages);

    public void DeadLettered(QueuedMention message) => deadLettered.Add(1, Source(message.Source));

    public void Throttled(TimeSpan wait)
    {
        throttled.Add(1);
        throttleWait.Record(wait.TotalSeconds);
    }

    private static void CountBySource(Counter<long> counter, IEnumerable<QueuedMention> messages)
    {
        foreach (var source in messages.GroupBy(m => m.Source, StringComparer.Ordinal))
        {
            counter.Add(source.Count(), Source(source.Key));
        }
    }

    private static KeyValuePair<string, object?> Source(string source) => new("source", source);
}
