using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SocialCrm.Benchmarks.EndToEnd;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// `dotnet run -c Release --project Benchmarks -- profile [--batches 10] [--jit-warmup 30]`: where the server time of one
/// UpsertMultiple of 1,000 mentions goes. The batches of the growth run (<see cref="GrowthRun.Batch"/>) go in process,
/// after two warm-up batches, into a LocalDataverse in a file with the managed solution; it prints, per batch, the time of each
/// plug-in step (the trace log's execution duration), of each kind of request the plug-ins sent, and what is left for
/// LocalDataverse itself. In process and without HTTP, so a CPU profiler (`dotnet-trace collect -- ...`) sees only this.
/// </summary>
internal static class BatchProfile
{
    private const int WarmUpBatches = 2;

    // The message and table the solution's intake steps are registered on, which the step clocks wrap.
    private const string MentionWrite = "CreateMultiple";

    private const string MentionTable = "scrm_mention";

    // Steady-state code, as in a worker draining all day: .NET's tiered compilation keeps a method called once per batch
    // (the plug-in's Execute, intake's Prepare) unoptimised for its first 30 calls, while the Dataverse sandbox's .NET
    // Framework optimises every method on its first call. These batches go into a store of their own and are thrown
    // away, so the measured stores hold the same rows as before; `--jit-warmup 0` gives the earlier rounds' figures.
    // https://learn.microsoft.com/dotnet/core/runtime-config/compilation#tiered-compilation
    private const int TierUpCalls = 30;

    public static int Run(string[] args)
    {
        var batches = Option(args, "--batches", 10);
        var folder = Directory.CreateTempSubdirectory("socialcrm-bench-profile-").FullName;
        try
        {
            WarmUpTheJit(Path.Combine(folder, "jit-warmup.db"), Option(args, "--jit-warmup", TierUpCalls));
            var profile = new RequestProfile();
            using var dataverse = LocalDataverse.FromSolution(ManagedSolutionZip.Path).InFile(Path.Combine(folder, "dataverse.db")).WithRequestStep(profile).Build();
            var service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true));
            var generator = new MentionGenerator(seed: 1919, GrowthRun.Authors, DateTimeOffset.UtcNow.AddDays(-30));
            for (var i = 0; i < WarmUpBatches; i++)
            {
                service.Execute(GrowthRun.Batch(generator));
            }

            profile.Clear();
            dataverse.TraceLog.Clear();
            var times = new List<TimeSpan>();
            var cpu = new List<TimeSpan>();
            for (var i = 0; i < batches; i++)
            {
                var requests = GrowthRun.Batch(generator);
                var cpuBefore = ThreadCpuClock.Now();
                var clock = Stopwatch.StartNew();
                service.Execute(requests);
                times.Add(clock.Elapsed);
                cpu.Add(ThreadCpuClock.Now() - cpuBefore);
            }

            var withStepsRun = Untimed(Path.Combine(folder, "untimed.db"), batches, solutionSteps: true);
            var withoutStepsRun = Untimed(Path.Combine(folder, "without-steps.db"), batches, solutionSteps: false);
            var (withSteps, withoutSteps, stepsCpu) = (withStepsRun.Cpu, withoutStepsRun.Cpu, withStepsRun.StepsCpu);
            Console.WriteLine(FormattableString.Invariant(
                $"// load average {File.ReadAllText("/proc/loadavg").Trim()}; per batch: wall min {times.Min().TotalMilliseconds:0} ms, CPU time of the request's thread mean {cpu.Average(time => time.TotalMilliseconds):0} ms, min {cpu.Min().TotalMilliseconds:0} ms (request timer on)"));
            Console.WriteLine(FormattableString.Invariant(
                $"// the same batches without the request timer: with the solution's steps CPU mean {Mean(withSteps):0} ms, min {withSteps.Min().TotalMilliseconds:0} ms; without its steps mean {Mean(withoutSteps):0} ms, min {withoutSteps.Min().TotalMilliseconds:0} ms"));
            Console.WriteLine(FormattableString.Invariant(
                $"// the plug-ins' CPU per batch (with less without steps, request timer off): {Mean(withSteps) - Mean(withoutSteps):0} ms (means), {withSteps.Min().TotalMilliseconds - withoutSteps.Min().TotalMilliseconds:0} ms (minimums); with the timer on: {Mean(cpu) - Mean(withoutSteps):0} ms (means)"));
            Console.WriteLine(FormattableString.Invariant(
                $"// the plug-in steps' own CPU per batch (from before the first to after the last step, request timer off): mean {Mean(stepsCpu):0} ms, median {Median(stepsCpu):0} ms, min {stepsCpu.Min().TotalMilliseconds:0} ms; their wall time as the trace log records it: mean {Mean(withStepsRun.StepsWall):0} ms, median {Median(withStepsRun.StepsWall):0} ms"));
            Console.WriteLine(FormattableString.Invariant(
                $"// allocated by the request's thread per batch: with the solution's steps {withStepsRun.AllocatedPerBatch / 1048576.0:0.0} MiB, without {withoutStepsRun.AllocatedPerBatch / 1048576.0:0.0} MiB, the plug-ins' share {(withStepsRun.AllocatedPerBatch - withoutStepsRun.AllocatedPerBatch) / 1048576.0:0.0} MiB"));
            Console.WriteLine(FormattableString.Invariant(
                $"// garbage collections per batch: with the solution's steps {withStepsRun.Collections.Per(batches)}; without {withoutStepsRun.Collections.Per(batches)}"));
            Console.WriteLine(FormattableString.Invariant(
                $"// CPU of the store's WAL checkpointer thread per batch (off the request's thread): with the solution's steps {withStepsRun.CheckpointerCpu.TotalMilliseconds / batches:0.0} ms, without {withoutStepsRun.CheckpointerCpu.TotalMilliseconds / batches:0.0} ms"));
            Print(batches, times, profile, dataverse.TraceLog.Entries.Where(entry => entry.Depth == 1).ToList());
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // CPU time of the request's thread is what the plug-ins add whatever the machine's load: wall times under load are
    // mostly waiting for a core. Same generator, same warm-up, a file of its own, with the solution's steps or only its
    // tables, and no request timer: the timer reads the thread's CPU clock twice per request, a system call that costs
    // microseconds on this machine's VM, which added 110 to 240 ms per batch of the plug-ins' 1,600 requests at load 40-60.
    // The allocations are the thread's bytes per batch (mean): what the plug-ins allocate makes garbage collections that
    // their CPU time pays for.
    // The steps' own CPU is what the steps take, as Dataverse's plug-in trace log times a step (performanceexecutionduration),
    // read on the thread's CPU clock: without what LocalDataverse then does with the columns and rows they added, which
    // the with-less-without figure also charges them. https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing
    private static StoreRun Untimed(string path, int batches, bool solutionSteps)
    {
        var builder = solutionSteps ? StepClocks(LocalDataverse.FromSolution(ManagedSolutionZip.Path)) : LocalDataverse.FromMetadata(SolutionTables());
        using var dataverse = builder.InFile(path).Build();
        var service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true));
        var generator = new MentionGenerator(seed: 1919, GrowthRun.Authors, DateTimeOffset.UtcNow.AddDays(-30));
        for (var i = 0; i < WarmUpBatches; i++)
        {
            service.Execute(GrowthRun.Batch(generator));
        }

        dataverse.TraceLog.Clear();
        var cpu = new List<TimeSpan>();
        long allocated = 0;
        var collectionsBefore = Collections.Now();
        var checkpointerBefore = NamedThreadsCpu.Now(SqliteRecordStore.CheckpointThreadName);
        for (var i = 0; i < batches; i++)
        {
            var requests = GrowthRun.Batch(generator);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var before = ThreadCpuClock.Now();
            service.Execute(requests);
            cpu.Add(ThreadCpuClock.Now() - before);
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }

        var collections = Collections.Now() - collectionsBefore;
        var checkpointerCpu = NamedThreadsCpu.Now(SqliteRecordStore.CheckpointThreadName) - checkpointerBefore;
        var steps = dataverse.TraceLog.Entries.Where(entry => entry.Depth == 1).ToList();
        var stepsCpu = steps.Where(entry => entry.StepName == StepClockEnd).Select(entry => StepClockPlugin.Read(entry.Text)).ToList();
        var stepsWall = steps.Where(entry => !entry.StepName.StartsWith(typeof(StepClockPlugin).FullName!, StringComparison.Ordinal)).GroupBy(entry => entry.CorrelationId)
            .Select(batch => TimeSpan.FromTicks(batch.Sum(entry => entry.ExecutionDuration.Ticks))).ToList();
        return new StoreRun(cpu, (double)allocated / batches, collections, stepsCpu, stepsWall, checkpointerCpu);
    }

    private static readonly string StepClockEnd = Step.For<StepClockPlugin>(MentionWrite, MentionTable, PipelineStage.PreOperation).Name + " (last)";

    private static LocalDataverseBuilder StepClocks(LocalDataverseBuilder builder) => builder
        .WithStep(Step.For<StepClockPlugin>(MentionWrite, MentionTable, PipelineStage.PreOperation, rank: int.MinValue) with { UnsecureConfiguration = StepClockPlugin.Start })
        .WithStep(Step.For<StepClockPlugin>(MentionWrite, MentionTable, PipelineStage.PreOperation, rank: int.MaxValue) with { Name = StepClockEnd });

    private static void WarmUpTheJit(string path, int batches)
    {
        using var dataverse = LocalDataverse.FromSolution(ManagedSolutionZip.Path).InFile(path).Build();
        var service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true));
        var generator = new MentionGenerator(seed: 1919, GrowthRun.Authors, DateTimeOffset.UtcNow.AddDays(-30));
        for (var i = 0; i < batches; i++)
        {
            service.Execute(GrowthRun.Batch(generator));
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static TableDefinition[] SolutionTables()
    {
        using var solution = LocalDataverse.FromSolution(ManagedSolutionZip.Path).Build();
        return solution.Metadata.Tables.ToArray();
    }

    private static double Mean(IReadOnlyCollection<TimeSpan> times) => times.Average(time => time.TotalMilliseconds);

    private static double Median(IReadOnlyCollection<TimeSpan> times) => times.OrderBy(time => time).ElementAt(times.Count / 2).TotalMilliseconds;

    private static void Print(int batches, List<TimeSpan> times, RequestProfile profile, IReadOnlyList<SocialCrm.Dataverse.Local.Plugins.TraceEntry> steps)
    {
        var mean = times.Average(time => time.TotalMilliseconds);
        var median = Median(times);
        var pluginTime = steps.Sum(step => step.ExecutionDuration.TotalMilliseconds) / batches;
        var nested = profile.Tallies.Where(pair => pair.Key.Nesting == 2).OrderByDescending(pair => pair.Value.Total).ToList();
        var nestedTime = nested.Sum(pair => pair.Value.Total.TotalMilliseconds) / batches;

        Console.WriteLine(FormattableString.Invariant($"{batches} batches of 1,000 mentions, in process, after {WarmUpBatches} warm-up batches; per batch (mean), median batch {median:0} ms:"));
        Console.WriteLine();
        Console.WriteLine("| part | ms per batch | share of the batch | calls per batch | CPU ms per batch | MiB allocated per batch | columns per target |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row("UpsertMultiple of 1,000 mentions, whole server time", mean, mean, 1);
        foreach (var step in steps.GroupBy(step => $"{step.StepName} (stage {step.Stage})").OrderByDescending(group => group.Sum(s => s.ExecutionDuration.Ticks)))
        {
            Row($"plug-in step: {step.Key}", step.Sum(s => s.ExecutionDuration.TotalMilliseconds) / batches, mean, (double)step.Count() / batches);
        }

        foreach (var (kind, tally) in nested)
        {
            Row($"  request from a plug-in: {kind.MessageName} {kind.Table}", tally.Total.TotalMilliseconds / batches, mean, (double)tally.Count / batches, tally.Cpu.TotalMilliseconds / batches, tally.Allocated / 1048576.0 / batches,
                tally.Columns == 0 ? null : (double)tally.Columns / tally.Count);
        }

        Row("plug-ins' own code (steps less their requests)", pluginTime - nestedTime, mean, 0);
        Row("LocalDataverse outside the plug-ins (validation, write of the mentions, transaction)", mean - pluginTime, mean, 0);
    }

    private static void Row(string part, double milliseconds, double batch, double calls, double? cpu = null, double? mebibytes = null, double? columns = null) =>
        Console.WriteLine(FormattableString.Invariant(
            $"| {part} | {milliseconds:0.0} | {milliseconds / batch:P0} | {(calls == 0 ? "" : calls.ToString("0.#", CultureInfo.InvariantCulture))} | {Figure(cpu)} | {Figure(mebibytes)} | {Figure(columns)} |"));

    private static string Figure(double? value) => value is null ? "" : value.Value.ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>One untimed run of the batches into a store: the request thread's CPU and bytes, the collections, the steps' CPU and wall time, the checkpointer's CPU.</summary>
internal sealed record StoreRun(List<TimeSpan> Cpu, double AllocatedPerBatch, Collections Collections, List<TimeSpan> StepsCpu, List<TimeSpan> StepsWall, TimeSpan CheckpointerCpu);
