extern alias worker;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Benchmarks.EndToEnd;
using Spectre.Console;
using worker::SocialCrm.Integration.CommandLine;
using worker::SocialCrm.Integration.Hosting;
using worker::SocialCrm.Integration.Queue;

namespace SocialCrm.Benchmarks.Memory;

/// <summary>
/// `dotnet run -c Release --project Benchmarks -- memory [--lines 100000,1000000] [--drain 100000]`: peak resident set
/// of the real processes, each on its own, as an admin runs them. `socialcrm import` of generated JSON Lines files of
/// each size (with the queue's size on disk after it), then `socialcrm run` draining the queue of --drain mentions into
/// the local default, which runs LocalDataverse as its child process: the peak of the worker and of LocalDataverse,
/// read from /proc while they run (<see cref="ProcessPeaks"/>).
/// </summary>
internal static class MemoryRun
{
    private static readonly string Worker = Path.Combine(AppContext.BaseDirectory, "socialcrm.dll");

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (Text(args, "--lines") ?? "100000,1000000").Split(',').Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToList();
        var drain = int.Parse(Text(args, "--drain") ?? "100000", CultureInfo.InvariantCulture);
        var folder = Directory.CreateTempSubdirectory("socialcrm-bench-memory-").FullName;
        try
        {
            Console.WriteLine(FormattableString.Invariant($"// {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Load()}"));
            Console.WriteLine();
            Console.WriteLine("| `socialcrm import` of | time | peak RSS of the import | queue on disk after it | per 100,000 mentions |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
            foreach (var lines in sizes.Append(drain).Distinct())
            {
                var queue = Path.Combine(folder, $"queue-{lines}", "queue.db");
                var file = Path.Combine(folder, $"mentions-{lines}.jsonl");
                new MentionGenerator(seed: 19, authors: 20_000, DateTimeOffset.UtcNow.AddSeconds(-lines).AddHours(-1)).WriteFile(file, lines);
                var (exit, peaks, elapsed) = ProcessPeaks.RunToEnd(Start(folder, queue, "import", file));
                File.Delete(file);
                if (exit != 0)
                {
                    throw new InvalidOperationException($"socialcrm import of {lines} lines exited with {exit}.");
                }

                var bytes = Directory.GetFiles(Path.GetDirectoryName(queue)!).Sum(path => new FileInfo(path).Length);
                if (sizes.Contains(lines))
                {
                    Console.WriteLine(FormattableString.Invariant(
                        $"| {lines:N0} lines | {elapsed.TotalSeconds:0} s | {peaks.PeakOf("socialcrm.dll"):0} MiB | {bytes / 1048576.0:0} MiB | {bytes / 1048576.0 * 100_000 / lines:0} MiB |"));
                }
            }

            await DrainAsync(folder, Path.Combine(folder, $"queue-{drain}", "queue.db"), drain);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task DrainAsync(string folder, string queue, int mentions)
    {
        var peaks = new ProcessPeaks();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(Start(folder, queue, "run")) ?? throw new InvalidOperationException("socialcrm run could not be started.");
        ProcessPeaks.DiscardOutput(process);
        try
        {
            var monitor = Monitor(folder, queue);
            while (true)
            {
                peaks.Sample(process.Id);
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"socialcrm run exited with {process.ExitCode} before the queue drained.");
                }

                using var host = CommandHost.Build(monitor);
                var status = await host.Services.GetRequiredService<IQueueMonitor>().StatusAsync(1, CancellationToken.None);
                if (status.Pending == 0 && status.Leased == 0)
                {
                    Console.WriteLine();
                    Console.WriteLine(FormattableString.Invariant(
                        $"`socialcrm run` draining {mentions:N0} queued mentions in batches of 1,000 into the local default ({clock.Elapsed.TotalSeconds:0} s, {status.DeadLetters} dead letters, load average {Load()}):"));
                    Console.WriteLine();
                    Console.WriteLine("| process | peak RSS |");
                    Console.WriteLine("|---|---:|");
                    Console.WriteLine(FormattableString.Invariant($"| worker (`socialcrm run`) | {peaks.PeakOf("socialcrm.dll"):0} MiB |"));
                    Console.WriteLine(FormattableString.Invariant($"| LocalDataverse (its child process) | {peaks.PeakOf("SocialCrm.LocalDataverse.dll"):0} MiB |"));
                    return;
                }

                await Task.Delay(200);
            }
        }
        finally
        {
            // The child LocalDataverse watches its standard input and stops when the worker is gone.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    // The worker's settings as environment variables, as an admin would set them: its own queue, the local default's data
    // in the run's folder, batches of 1,000, no webhook port taken.
    private static ProcessStartInfo Start(string folder, string queue, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = false, WorkingDirectory = folder };
        start.ArgumentList.Add(Worker);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Settings(folder, queue))
        {
            start.Environment[SocialCrmConfiguration.EnvironmentPrefix + name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static Dictionary<string, string> Settings(string folder, string queue) => new()
    {
        ["Queue:Path"] = queue,
        ["Feeds:StatePath"] = Path.Combine(folder, "feeds.db"),
        ["LocalDataverse:DataFolder"] = Path.Combine(folder, "dataverse"),
        ["DataverseSink:BatchSize"] = "1000",
        ["DataverseSink:MaxConcurrency"] = "4",
        ["Webhooks:Port"] = "0",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static CommandEnvironment Monitor(string folder, string queue) => new()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) }),
        Configure = config => config.AddInMemoryCollection(Settings(folder, queue).ToDictionary(pair => pair.Key, pair => (string?)pair.Value)),
    };

    private static string Load() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
