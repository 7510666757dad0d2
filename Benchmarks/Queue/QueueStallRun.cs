extern alias worker;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Benchmarks.EndToEnd;
using worker::SocialCrm.Mentions;
using worker::SocialCrm.Integration.Mentions;
using worker::SocialCrm.Integration.Queue;

namespace SocialCrm.Benchmarks.Queue;

/// <summary>
/// `dotnet run -c Release --project Benchmarks -- queuestall [--mentions 2000] [--request-ms 20] [--runs 3]`: the queue
/// stall of issue #19 at MaxConcurrency 4, batch 1, on the SQLite queue. Rounds as the sink runs them: receive four,
/// then four lanes side by side, each waiting a request's time and completing its one mention. Two ways, in one run,
/// alternating: "one writer per process" (today: the four lanes share one queue object, whose write gate lines them up
/// before SQLite's lock) and "uncoordinated writers" (each lane completes through a queue object of its own on the
/// same file, as every settle did before the gate, and as worker processes sharing one file still do): those meet in
/// SQLite's lock, where Microsoft.Data.Sqlite sleeps 150 ms between tries. Prints mentions/s, settle times and the
/// share of lane time spent settling, as Markdown for BENCHMARKS.md.
/// </summary>
internal static class QueueStallRun
{
    private const int Lanes = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var mentions = EndToEndRunner.Option(args, "--mentions", 2000);
        var request = TimeSpan.FromMilliseconds(EndToEndRunner.Option(args, "--request-ms", 20));
        var runs = EndToEndRunner.Option(args, "--runs", 3);
        Console.WriteLine(FormattableString.Invariant(
            $"// {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {mentions:N0} mentions, MaxConcurrency {Lanes}, batch 1, {request.TotalMilliseconds} ms per request"));
        var results = new List<StallResult>();
        for (var run = 0; run < runs; run++)
        {
            results.Add(await DrainAsync("uncoordinated writers (before)", mentions, request, sharedWriter: false));
            results.Add(await DrainAsync("one writer per process (after)", mentions, request, sharedWriter: true));
        }

        Console.WriteLine();
        Console.WriteLine("| settles | runs | mentions/s (min / median / max) | settle p50 | settle p99 | settle max | settles over 100 ms | lane time spent settling |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var way in results.GroupBy(r => r.Way))
        {
            var rates = way.Select(r => r.MentionsPerSecond).Order().ToList();
            var settles = way.SelectMany(r => r.SettleMilliseconds).Order().ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"| {way.Key} | {rates.Count} | {rates[0]:N0} / {rates[rates.Count / 2]:N0} / {rates[^1]:N0} | {Percentile(settles, 0.5):0.0} ms | {Percentile(settles, 0.99):0.0} ms | {settles[^1]:0.0} ms | {settles.Count(s => s > 100):N0} of {settles.Count:N0} | {way.Average(r => r.SettlingShare):P0} |"));
        }

        var before = results.Where(r => !r.SharedWriter).Select(r => r.MentionsPerSecond).Order().ToList();
        var after = results.Where(r => r.SharedWriter).Select(r => r.MentionsPerSecond).Order().ToList();
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Median throughput after / before: {after[after.Count / 2] / before[before.Count / 2]:0.00}×"));
        return 0;
    }

    private static async Task<StallResult> DrainAsync(string way, int count, TimeSpan request, bool sharedWriter)
    {
        var folder = Directory.CreateTempSubdirectory("socialcrm-stall-").FullName;
        var options = Options.Create(new QueueOptions { Path = Path.Combine(folder, "queue.db") });
        var queues = Enumerable.Range(0, sharedWriter ? 1 : Lanes).Select(_ => new SqliteMentionQueue(options, TimeProvider.System)).ToList();
        try
        {
            var posted = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
            await queues[0].EnqueueAsync(Enumerable.Range(1, count).Select(i => new Mention(SocialPlatform.X, i.ToString(CultureInfo.InvariantCulture),
                new MentionAuthor($"author-{i % 97}", $"handle{i % 97}"), posted, "fine")).ToList(), "import", CancellationToken.None);
            var settles = new List<double>(count);
            var settling = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            while (await queues[0].ReceiveAsync(Lanes, CancellationToken.None) is { Count: > 0 } received)
            {
                await Task.WhenAll(received.Select(async (message, lane) =>
                {
                    await Task.Delay(request);
                    var settle = Stopwatch.StartNew();
                    await queues[lane % queues.Count].CompleteAsync([message], CancellationToken.None);
                    lock (settles)
                    {
                        settles.Add(settle.Elapsed.TotalMilliseconds);
                        settling += settle.Elapsed;
                    }
                }));
            }

            var elapsed = clock.Elapsed;
            var left = await queues[0].StatusAsync(0, CancellationToken.None);
            if (left.Pending + left.Leased != 0)
            {
                throw new InvalidOperationException($"{way}: {left.Pending + left.Leased} mentions were left in the queue.");
            }

            Console.WriteLine(FormattableString.Invariant($"//   {way}: {elapsed.TotalSeconds:0.0} s"));
            return new StallResult(way, sharedWriter, count / elapsed.TotalSeconds, settles, settling.TotalSeconds / (Lanes * elapsed.TotalSeconds));
        }
        finally
        {
            foreach (var queue in queues)
            {
                await queue.DisposeAsync();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(IReadOnlyList<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];

    private sealed record StallResult(string Way, bool SharedWriter, double MentionsPerSecond, IReadOnlyList<double> SettleMilliseconds, double SettlingShare);
}
