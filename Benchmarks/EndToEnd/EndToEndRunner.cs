using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// `dotnet run -c Release --project Benchmarks -- endtoend [--mentions 3000] [--concurrency 1,4,8] [--stored 0,50000,100000,200000] [--growth-only]`:
/// the figures an admin asks for, printed as Markdown for BENCHMARKS.md. (1) The same generated mentions through the
/// worker into a fresh LocalDataverse with batch sizes 1 and 1,000 at each MaxConcurrency, and 100 at the first, in one
/// run, with ratios to batch size 1 at its best MaxConcurrency and to MaxConcurrency 1 of the same batch size.
/// (2) Server time per batch of 1,000 as the store grows, and the plug-ins' share of it. (3) What that server time
/// allows one application user in Dataverse under its service protection limits.
/// </summary>
internal static class EndToEndRunner
{
    private static readonly int[] BatchSizes = { 1, 100, 1000 };

    public static async Task<int> RunAsync(string[] args)
    {
        var mentions = Option(args, "--mentions", 3000);
        var concurrencies = (OptionText(args, "--concurrency") ?? "1,4,8")
            .Split(',').Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToList();
        var checkpoints = (OptionText(args, "--stored") ?? "0,50000,100000,200000")
            .Split(',').Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToList();

        Console.WriteLine(FormattableString.Invariant($"// {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start: {LoadAverage()}"));
        if (!args.Contains("--growth-only"))
        {
            await RunWorkerAsync(mentions, concurrencies);
        }

        var withoutPlugins = GrowthRun.WithoutPlugins();
        var growth = GrowthRun.Run(checkpoints);
        PrintGrowth(growth, withoutPlugins);
        PrintCeiling(growth[0].MedianBatch);
        Console.WriteLine(FormattableString.Invariant($"// load average at the end: {LoadAverage()}"));
        return 0;
    }

    private static async Task RunWorkerAsync(int mentions, IReadOnlyList<int> concurrencies)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("socialcrm-bench-").FullName, "mentions.jsonl");
        new MentionGenerator(seed: 19, authors: Math.Max(10, mentions / 10), DateTimeOffset.UtcNow.AddSeconds(-mentions).AddHours(-1)).WriteFile(file, mentions);
        var plan = BatchSizes.SelectMany(batchSize => batchSize == 100 ? concurrencies.Take(1) : concurrencies, (batchSize, concurrency) => (batchSize, concurrency));
        var runs = new List<WorkerRunResult>();
        foreach (var (batchSize, concurrency) in plan)
        {
            var run = await WorkerRun.RunAsync(file, mentions, batchSize, concurrency);
            Console.WriteLine(FormattableString.Invariant($"//   batch {batchSize}, MaxConcurrency {concurrency}: {run.Elapsed.TotalSeconds:0.0} s, load average now {LoadAverage()}"));
            runs.Add(run);
        }

        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        PrintWorkerRuns(runs, mentions);
    }

    private static void PrintWorkerRuns(IReadOnlyList<WorkerRunResult> runs, int mentions)
    {
        // The per-record baseline at its best concurrency, so the batch ratios are not flattered by a slow baseline.
        var baseline = runs.Where(run => run.BatchSize == 1).MaxBy(run => run.MentionsPerSecond)!;
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"{mentions:N0} mentions through the worker into a fresh LocalDataverse; baseline: batch 1 at MaxConcurrency {baseline.MaxConcurrency}, its best:"));
        Console.WriteLine();
        Console.WriteLine("| batch size | MaxConcurrency | mentions/s | ratio to the baseline | ratio to MaxConcurrency 1 | UpsertMultiple requests per 1,000 | fewer requests than batch 1 | median server time per request | server time per mention | peak RSS (worker + LocalDataverse) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var single = runs.FirstOrDefault(other => other.BatchSize == run.BatchSize && other.MaxConcurrency == 1);
            var toSingle = single == null ? "" : (run.MentionsPerSecond / single.MentionsPerSecond).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant(
                $"| {run.BatchSize:N0} | {run.MaxConcurrency} | {run.MentionsPerSecond:N0} | {run.MentionsPerSecond / baseline.MentionsPerSecond:0.0} | {toSingle} | {run.RequestsPer1000:N1} | {baseline.RequestsPer1000 / run.RequestsPer1000:N0}× | {run.MedianServerTime.TotalMilliseconds:0.0} ms | {run.ServerMsPerMention:0.00} ms | {run.PeakMiB:N0} MiB |"));
        }
    }

    private static void PrintGrowth(IReadOnlyList<GrowthPoint> growth, TimeSpan withoutPlugins)
    {
        var empty = growth[0].MedianBatch;
        Console.WriteLine();
        Console.WriteLine("Server time of one UpsertMultiple of 1,000 new mentions (median of 3) as the store grows:");
        Console.WriteLine();
        Console.WriteLine("| mentions stored | server time per batch of 1,000 | ratio to the empty store |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var point in growth)
        {
            Console.WriteLine(FormattableString.Invariant($"| {point.Stored:N0} | {point.MedianBatch.TotalMilliseconds:0} ms | {point.MedianBatch.TotalMilliseconds / empty.TotalMilliseconds:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Empty store, same batches without SocialCrm's steps: {withoutPlugins.TotalMilliseconds:0} ms; the plug-ins' share: {(empty - withoutPlugins).TotalMilliseconds:0} ms per batch of 1,000."));
    }

    // Dataverse's service protection limits per user, per web server, in a sliding 5-minute window: 6,000 requests,
    // 20 minutes (1,200 s) of combined execution time, 52 concurrent requests.
    // https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limits
    private static void PrintCeiling(TimeSpan batchServerTime)
    {
        const double WindowSeconds = 300;
        const double Requests = 6000;
        const double ExecutionSeconds = 1200;
        const double Concurrent = 52;
        var seconds = batchServerTime.TotalSeconds;
        var byRequests = Requests * GrowthRun.BatchSize / WindowSeconds;
        var byExecution = ExecutionSeconds / seconds * GrowthRun.BatchSize / WindowSeconds;
        var byConcurrency = Concurrent / seconds * GrowthRun.BatchSize;
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"One application user, batches of 1,000 at {seconds * 1000:0} ms of server time each:"));
        Console.WriteLine();
        Console.WriteLine("| limit per 5 minutes | mentions/s it allows |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(FormattableString.Invariant($"| 6,000 requests | {byRequests:N0} |"));
        Console.WriteLine(FormattableString.Invariant($"| 20 minutes of execution | {byExecution:N0} |"));
        Console.WriteLine(FormattableString.Invariant($"| 52 concurrent requests | {byConcurrency:N0} |"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    internal static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is string text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
