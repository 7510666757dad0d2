using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Benchmarks;

/// <summary>
/// 1, 4 and 8 clients at once against one environment, in process (IOrganizationService) and over the Web API on
/// 127.0.0.1, with the store in memory and in a WAL file. Reads: a query returning 20 of 2,000 rows; writes: single
/// Creates. Every invocation sends the same 240 requests split among the clients, so the mean is per request
/// (requests/s = 1e9 / mean in ns) and the ratio to 1 client (same category, same store and transport) is the gain
/// from concurrency.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ConcurrentClientsBenchmarks
{
    private const int Requests = 240;
    private const int Rows = 2000;
    private const string Record = """{"bench_name":"a record","bench_text":"a mention of some length, as the worker writes them","bench_count":5000,"bench_score":0.25}""";

    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;
    private LocalDataverseServer? server;
    private HttpClient? client;
    private string? folder;

    [Params("Memory", "File")]
    public string Store { get; set; } = "Memory";

    [Params("InProcess", "WebApi")]
    public string Transport { get; set; } = "InProcess";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = LocalDataverse.FromMetadata(BenchmarkTable.Definition())
            .WithRecords(Enumerable.Range(0, Rows).Select(i => new Entity(BenchmarkTable.Name) { ["bench_name"] = $"record {i}", ["bench_externalid"] = $"ext-{i}", ["bench_count"] = i % 100 }).ToArray());
        if (Store == "File")
        {
            folder = Directory.CreateTempSubdirectory("localdataverse-bench").FullName;
            builder.InFile(Path.Combine(folder, "dataverse.db"));
        }

        dataverse = builder.Build();
        service = dataverse.GetOrganizationService();
        if (Transport == "WebApi")
        {
            server = await LocalDataverseServer.StartAsync(dataverse);
            client = new HttpClient { BaseAddress = server.ServiceRoot };
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        dataverse.Dispose();
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    [BenchmarkCategory("Read")]
    public void Read1Client() => Clients(1, Read);

    [Benchmark(OperationsPerInvoke = Requests)]
    [BenchmarkCategory("Read")]
    public void Read4Clients() => Clients(4, Read);

    [Benchmark(OperationsPerInvoke = Requests)]
    [BenchmarkCategory("Read")]
    public void Read8Clients() => Clients(8, Read);

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    [BenchmarkCategory("Write")]
    public void Write1Client() => Clients(1, Write);

    [Benchmark(OperationsPerInvoke = Requests)]
    [BenchmarkCategory("Write")]
    public void Write4Clients() => Clients(4, Write);

    [Benchmark(OperationsPerInvoke = Requests)]
    [BenchmarkCategory("Write")]
    public void Write8Clients() => Clients(8, Write);

    // Each client on a thread of its own, as separate callers would be.
    private static void Clients(int count, Action request)
    {
        var threads = Enumerable.Range(0, count).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < Requests / count; i++)
            {
                request();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    private void Read()
    {
        if (client is null)
        {
            var query = new QueryExpression(BenchmarkTable.Name) { ColumnSet = new ColumnSet("bench_name", "bench_count") };
            query.Criteria.AddCondition("bench_count", ConditionOperator.Equal, 7);
            Expect(service.RetrieveMultiple(query).Entities.Count);
            return;
        }

        using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, "bench_records?$select=bench_name,bench_count&$filter=bench_count eq 7"));
        EnsureStatus(response, 200);
    }

    private void Write()
    {
        if (client is null)
        {
            service.Create(new Entity(BenchmarkTable.Name) { ["bench_name"] = "a record", ["bench_text"] = "a mention of some length, as the worker writes them", ["bench_count"] = 5000, ["bench_score"] = 0.25m });
            return;
        }

        using var response = client.Send(new HttpRequestMessage(HttpMethod.Post, "bench_records") { Content = new StringContent(Record, Encoding.UTF8, "application/json") });
        EnsureStatus(response, 204);
    }

    private static void Expect(int rows)
    {
        if (rows != Rows / 100)
        {
            throw new InvalidOperationException($"The query returned {rows} rows, not {Rows / 100}.");
        }
    }

    private static void EnsureStatus(HttpResponseMessage response, int expected)
    {
        if ((int)response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        }
    }
}
