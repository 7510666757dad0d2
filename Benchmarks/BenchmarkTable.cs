using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Benchmarks;

/// <summary>The table the write benchmarks fill: a name, a few typed columns and an alternate key, like a mention.</summary>
internal static class BenchmarkTable
{
    public const string Name = "bench_record";

    public static TableDefinition Definition() =>
        new TableBuilder(Name)
            .WithPrimaryName("bench_name", 200)
            .WithString("bench_externalid", 100)
            .WithMemo("bench_text", 4000)
            .WithInteger("bench_count")
            .WithDecimal("bench_score", 2)
            .WithBoolean("bench_touched")
            .WithAlternateKey("bench_externalid", "bench_externalid")
            .Build();
}
