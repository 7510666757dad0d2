using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Telemetry;

/// <summary>
/// Alone, after the parallel classes: OpenTelemetry listens to meters by name across the process, and .NET's HttpClient
/// meter is one for the process, so another class's worker or HTTP calls would add to these counts.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class WorkerTelemetryTests
{
    private const string Secret = "worker-secret";

    [TestMethod]
    public async Task Prometheus_scrape_shows_each_sources_mentions_received_delivered_and_dead_lettered_with_the_queue_depth()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        await using var worker = Build(dataverse, new() { ["Telemetry:PrometheusEndpoint"] = "true" });
        await worker.StartAsync();
        using var client = new HttpClient { BaseAddress = RunningWorker.Address(worker) };

        await PostAsync(client, "71", "all good");
        await PostAsync(client, "72", "REJECT me");
        await UntilAsync(() => dataverse.Landed.Contains("71") && dataverse.Requests >= 2);

        // 71 and 72 go in requests of their own, side by side: either may be settled and counted last.
        await ScrapedAsync(client,
            """socialcrm_mentions_dead_lettered_total\{[^}]*source="webhook:generic"[^}]*\} 1""",
            """socialcrm_mentions_received_total\{[^}]*source="webhook:generic"[^}]*\} 2""",
            """socialcrm_mentions_delivered_total\{[^}]*source="webhook:generic"[^}]*\} 1""",
            """socialcrm_queue_depth\{[^}]*state="pending"[^}]*\} 0""",
            """socialcrm_queue_depth\{[^}]*state="dead_lettered"[^}]*\} 1""",
            """http_client_request_duration_seconds_count\{[^}]*http_response_status_code="204"[^}]*\} 1""",
            """http_client_request_duration_seconds_count\{[^}]*http_response_status_code="400"[^}]*\} 1""");
        await worker.StopAsync();
    }

    [TestMethod]
    public async Task Throttling_is_counted_with_the_time_Dataverse_asked_the_worker_to_wait()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        await using var worker = Build(dataverse, new() { ["Telemetry:PrometheusEndpoint"] = "true" });
        dataverse.ThrottleNext(2);
        await worker.StartAsync();
        using var client = new HttpClient { BaseAddress = RunningWorker.Address(worker) };

        await PostAsync(client, "81", "after the storm");
        await UntilAsync(() => dataverse.Landed.Contains("81"));
        var metrics = await ScrapedAsync(client,
            """socialcrm_mentions_delivered_total\{[^}]*\} 1""",
            """socialcrm_dataverse_throttled_total\{[^}]*\} 2""",
            """socialcrm_dataverse_throttle_wait_seconds_sum\{[^}]*\} 2""");

        Assert.IsFalse(Regex.IsMatch(metrics, """socialcrm_mentions_retried_total\{[^}]*\} [1-9]"""), "throttling waits inside the request and spends no attempt");
        await worker.StopAsync();
    }

    [TestMethod]
    public async Task Otlp_collector_receives_the_workers_metrics_and_the_spans_of_a_delivery_and_its_upsert()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var dataverse = await FakeDataverse.StartAsync();
        var worker = Build(dataverse, new() { ["Telemetry:OtlpEndpoint"] = collector.Url.ToString() });
        await worker.StartAsync();
        using (var client = new HttpClient { BaseAddress = RunningWorker.Address(worker) })
        {
            await PostAsync(client, "91", "traced");
        }

        await UntilAsync(() => dataverse.Landed.Contains("91"));
        await worker.StopAsync();
        await worker.DisposeAsync();

        Assert.IsTrue(collector.Exports.All(e => e.ContentType == "application/x-protobuf"), "OTLP over HTTP sends protobuf");
        Assert.IsTrue(collector.Received("metrics", "socialcrm.mentions.delivered"), "the worker's counters reach the collector when it stops");
        Assert.IsTrue(collector.Received("metrics", "http.client.request.duration"), "the Web API's latency reaches the collector");
        Assert.IsTrue(collector.Received("traces", "/webhooks/generic"), "the webhook request is a span");
        Assert.IsTrue(collector.Received("traces", "queue mentions"), "queueing its mentions is a span");
        Assert.IsTrue(collector.Received("traces", "upsert mentions"), "the batch written to Dataverse is a span");
    }

    private static WebApplication Build(FakeDataverse dataverse, Dictionary<string, string?> settings)
    {
        var folder = TempFolder.Create();
        var all = new Dictionary<string, string?>
        {
            ["DataverseSink:Url"] = dataverse.Url.ToString(),
            ["DataverseSink:IdleDelay"] = "00:00:00.050",
            ["DataverseSink:BatchSize"] = "1",
            ["DataverseSink:MaxAttempts"] = "2",
            ["Queue:Path"] = Path.Combine(folder, "queue.db"),
            ["Webhooks:Port"] = "0",
            ["Webhooks:Generic:Secret"] = Secret,
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return WorkerHost.Build(new CommandEnvironment { Configure = config => config.AddInMemoryCollection(all) });
    }

    private static Task PostAsync(HttpClient client, string postId, string text) => RunningWorker.PostGenericAsync(client, Secret, postId, text);

    /// <summary>
    /// Scrapes until every pattern shows, then asserts each (naming what is missing after 30 s): the sink settles and
    /// counts a message just after its request ends, so figures are read once they have all arrived, not at a moment.
    /// </summary>
    private static async Task<string> ScrapedAsync(HttpClient client, params string[] patterns)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var metrics = await client.GetStringAsync("/metrics");
        while (!patterns.All(p => Regex.IsMatch(metrics, p, RegexOptions.Multiline)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            metrics = await client.GetStringAsync("/metrics");
        }

        foreach (var pattern in patterns)
        {
            AssertMetric(metrics, pattern);
        }

        return metrics;
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, patience.Token);
        }
    }

    private static void AssertMetric(string metrics, string pattern) =>
        Assert.IsTrue(Regex.IsMatch(metrics, pattern, RegexOptions.Multiline), $"/metrics has no line matching {pattern}:\n{metrics}");
}
