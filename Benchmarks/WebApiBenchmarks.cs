using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Benchmarks;

/// <summary>
/// The Web API over real HTTP on 127.0.0.1, with and without a trivial plug-in: single creates (POST) from 8 concurrent
/// clients, and one UpsertMultiple of 1,000 records by alternate key (half of them new, half existing, the worker's
/// normal case). CreatesFrom8Clients reports the mean per request (requests/s = 1e9 / mean in ns);
/// UpsertMultipleOf1000 reports the latency of one whole request.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class WebApiBenchmarks
{
    private const int Clients = 8;
    private const int CreatesPerClient = 50;
    private const int BatchSize = 1000;

    private LocalDataverse dataverse = null!;
    private LocalDataverseServer server = null!;
    private HttpClient client = null!;
    private int batch;

    [Params(false, true)]
    public bool WithPlugin { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = LocalDataverse.FromMetadata(BenchmarkTable.Definition());
        if (WithPlugin)
        {
            builder.WithStep<TrivialPlugin>("Create", BenchmarkTable.Name, PipelineStage.PreOperation)
                .WithStep<TrivialPlugin>("CreateMultiple", BenchmarkTable.Name, PipelineStage.PreOperation)
                .WithStep<TrivialPlugin>("UpdateMultiple", BenchmarkTable.Name, PipelineStage.PreOperation);
        }

        dataverse = builder.Build();
        server = await LocalDataverseServer.StartAsync(dataverse);
        client = new HttpClient { BaseAddress = server.ServiceRoot };
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
        dataverse.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Clients * CreatesPerClient)]
    public Task CreatesFrom8Clients() => Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
    {
        for (var i = 0; i < CreatesPerClient; i++)
        {
            using var content = new StringContent(
                """{"bench_name":"a record","bench_text":"a mention of some length, as the worker writes them","bench_count":1,"bench_score":0.25}""",
                Encoding.UTF8,
                "application/json");
            using var response = await client.PostAsync("bench_records", content);
            EnsureStatus(response, 204);
        }
    }));

    [Benchmark]
    public async Task UpsertMultipleOf1000()
    {
        // Request n covers keys [n*500, n*500+1000): the first half was written by request n-1.
        var first = batch++ * (BatchSize / 2);
        var body = new StringBuilder("{\"Targets\":[");
        for (var i = first; i < first + BatchSize; i++)
        {
            body.Append(i == first ? string.Empty : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"@odata.type":"Microsoft.Dynamics.CRM.bench_record","@odata.id":"bench_records(bench_externalid='ext-{{i}}')","bench_name":"record {{i}}","bench_text":"a mention of some length, as the worker writes them","bench_count":{{i}},"bench_score":0.25}""");
        }

        using var content = new StringContent(body.Append("]}").ToString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("bench_records/Microsoft.Dynamics.CRM.UpsertMultiple", content);
        EnsureStatus(response, 204);
    }

    private static void EnsureStatus(HttpResponseMessage response, int expected)
    {
        if ((int)response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        }
    }
}
