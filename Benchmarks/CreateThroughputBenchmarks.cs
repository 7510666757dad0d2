using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Benchmarks;

/// <summary>
/// Create, one row per request, through the whole pipeline into the in-memory store, with and without a trivial
/// pre-operation plug-in. Each operation is one record, so records/s = 1e9 / mean (ns).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CreateThroughputBenchmarks
{
    private const int RecordsPerInvoke = 200;

    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;
    private int sequence;

    [Params(false, true)]
    public bool WithPlugin { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = LocalDataverse.FromMetadata(BenchmarkTable.Definition());
        if (WithPlugin)
        {
            builder.WithStep<TrivialPlugin>("Create", BenchmarkTable.Name, PipelineStage.PreOperation);
        }

        dataverse = builder.Build();
        service = dataverse.GetOrganizationService();
    }

    [GlobalCleanup]
    public void Cleanup() => dataverse.Dispose();

    [Benchmark(OperationsPerInvoke = RecordsPerInvoke)]
    public void Create()
    {
        for (var i = 0; i < RecordsPerInvoke; i++)
        {
            var n = sequence++;
            service.Create(new Entity(BenchmarkTable.Name)
            {
                ["bench_name"] = "record " + n,
                ["bench_externalid"] = "ext-" + n,
                ["bench_text"] = "a mention of some length, as the worker writes them",
                ["bench_count"] = n,
                ["bench_score"] = 0.5m,
            });
        }
    }
}
