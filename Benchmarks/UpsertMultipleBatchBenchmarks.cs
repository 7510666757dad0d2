using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Benchmarks;

/// <summary>
/// UpsertMultiple in batches of 1000 by alternate key, half of each batch new rows and half existing ones (the worker's
/// normal case), with and without a trivial plug-in on CreateMultiple and UpdateMultiple. Each operation is one
/// record, so records/s = 1e9 / mean (ns).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class UpsertMultipleBatchBenchmarks
{
    private const int BatchSize = 1000;

    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;
    private int batch;

    [Params(false, true)]
    public bool WithPlugin { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = LocalDataverse.FromMetadata(BenchmarkTable.Definition());
        if (WithPlugin)
        {
            builder.WithStep<TrivialPlugin>("CreateMultiple", BenchmarkTable.Name, PipelineStage.PreOperation)
                .WithStep<TrivialPlugin>("UpdateMultiple", BenchmarkTable.Name, PipelineStage.PreOperation);
        }

        dataverse = builder.Build();
        service = dataverse.GetOrganizationService();
    }

    [GlobalCleanup]
    public void Cleanup() => dataverse.Dispose();

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void UpsertMultiple()
    {
        // Batch n covers keys [n*500, n*500+1000): the first half was written by batch n-1.
        var first = batch++ * (BatchSize / 2);
        var targets = new List<Entity>(BatchSize);
        for (var i = first; i < first + BatchSize; i++)
        {
            targets.Add(new Entity(BenchmarkTable.Name, "bench_externalid", "ext-" + i)
            {
                ["bench_name"] = "record " + i,
                ["bench_text"] = "a mention of some length, as the worker writes them",
                ["bench_count"] = i,
                ["bench_score"] = 0.25m,
            });
        }

        service.Execute(new UpsertMultipleRequest { Targets = new EntityCollection(targets) { EntityName = BenchmarkTable.Name } });
    }
}
