extern alias worker;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.WebApi.Hosting;
using Spectre.Console;
using worker::SocialCrm.Integration.CommandLine;
using worker::SocialCrm.Integration.Hosting;
using worker::SocialCrm.Integration.Queue;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// One end-to-end run: `socialcrm import` of a JSON Lines file into the worker's queue, then the worker (built by its
/// own <see cref="WorkerHost"/>, as `socialcrm run` builds it) draining the queue into a fresh LocalDataverse with the
/// managed solution imported, over its Web API on 127.0.0.1. The clock runs from the worker's start until the queue
/// is settled. Worker and LocalDataverse share this process, so the peak resident set is theirs together.
/// </summary>
internal static class WorkerRun
{
    public static async Task<WorkerRunResult> RunAsync(string mentionsFile, int mentions, int batchSize, int maxConcurrency)
    {
        var folder = Directory.CreateTempSubdirectory("socialcrm-bench-run-").FullName;
        try
        {
            var timer = new UpsertMultipleTimer();
            using var dataverse = LocalDataverse.FromSolution(ManagedSolutionZip.Path)
                .InFile(Path.Combine(folder, "dataverse.db"))
                .WithRequestStep(timer)
                .Build();
            var caller = dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true);
            await using var server = await LocalDataverseServer.StartAsync(dataverse, new WebApiOptions { CallerId = caller });
            var environment = Environment(folder, server.ServiceRoot, batchSize, maxConcurrency);

            if (await SocialCrmCommandLine.Create(environment).Parse(new[] { "import", mentionsFile }).InvokeAsync() != 0)
            {
                throw new InvalidOperationException("socialcrm import failed.");
            }

            timer.Clear();
            PeakMemory.Reset();
            var clock = Stopwatch.StartNew();
            var host = WorkerHost.Build(environment);
            await host.StartAsync();
            var status = await SettledAsync(environment);
            clock.Stop();
            await host.StopAsync();
            await host.DisposeAsync();

            if (status.DeadLetters > 0)
            {
                throw new InvalidOperationException($"{status.DeadLetters} mentions were dead-lettered: {status.RecentDeadLetters.FirstOrDefault()?.Reason}");
            }

            return new WorkerRunResult(batchSize, maxConcurrency, mentions, clock.Elapsed, timer.Requests, timer.Median, timer.Total, PeakMemory.PeakMiB());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CommandEnvironment Environment(string folder, Uri serviceRoot, int batchSize, int maxConcurrency)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(TextWriter.Null),
        });
        var settings = new Dictionary<string, string?>
        {
            ["DataverseSink:Url"] = new Uri(serviceRoot, "/").ToString(),
            ["DataverseSink:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DataverseSink:MaxConcurrency"] = maxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DataverseSink:IdleDelay"] = "00:00:00.050",
            ["Queue:Path"] = Path.Combine(folder, "queue.db"),
            ["Feeds:StatePath"] = Path.Combine(folder, "feeds.db"),
            ["Webhooks:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        return new CommandEnvironment { Console = console, Configure = config => config.AddInMemoryCollection(settings) };
    }

    private static async Task<QueueStatus> SettledAsync(CommandEnvironment environment)
    {
        while (true)
        {
            using var host = CommandHost.Build(environment);
            var status = await host.Services.GetRequiredService<IQueueMonitor>().StatusAsync(1, CancellationToken.None);
            if (status.Pending == 0 && status.Leased == 0)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }
}

/// <summary>What one <see cref="WorkerRun"/> measured.</summary>
internal sealed record WorkerRunResult(int BatchSize, int MaxConcurrency, int Mentions, TimeSpan Elapsed, int Requests, TimeSpan MedianServerTime, TimeSpan TotalServerTime, double PeakMiB)
{
    public double MentionsPerSecond => Mentions / Elapsed.TotalSeconds;

    public double RequestsPer1000 => Requests * 1000.0 / Mentions;

    /// <summary>Server time per mention, ms.</summary>
    public double ServerMsPerMention => TotalServerTime.TotalMilliseconds / Mentions;
}
