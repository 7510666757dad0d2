using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Local;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Reliability;

/// <summary>
/// The worker's local default losing its LocalDataverse child mid-drain (a crash, an OOM kill): the worker exits
/// non-zero, a supervisor starts it again on the same folders, and every mention lands once, through the real solution
/// and its plug-ins.
/// </summary>
[TestClass]
[TestCategory("Reliability")]
public sealed partial class LocalDataverseKillTests
{
    private const int Count = 3_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task LocalDataverse_killed_twice_while_the_worker_drains_loses_no_mention_and_the_worker_exits_non_zero_each_time()
    {
        var folder = TempFolder.Create();
        var queuePath = Path.Combine(folder, "queue.db");
        var queue = new SqliteMentionQueue(Options.Create(new QueueOptions { Path = queuePath }), TimeProvider.System);
        await queue.EnqueueAsync(Enumerable.Range(1, Count).Select(i => Posts.ByAuthor($"author-{i % 97}", i.ToString(CultureInfo.InvariantCulture), $"post {i}")).ToArray(),
            "import", CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var exitCodes = new System.Collections.Generic.List<int>();

        foreach (var killWhenLeft in new[] { 2 * Count / 3, Count / 3 })
        {
            using var worker = Start(folder, queuePath);
            var child = await worker.ChildAsync();
            await UntilAsync(async () => (await queue.StatusAsync(0, CancellationToken.None)).Pending <= killWhenLeft);
            Process.GetProcessById(child).Kill();
            using var exited = new CancellationTokenSource(Patience);
            await worker.Process.WaitForExitAsync(exited.Token);
            exitCodes.Add(worker.Process.ExitCode);
        }

        using (var last = Start(folder, queuePath))
        {
            await last.ChildAsync();
            await UntilAsync(async () => (await queue.StatusAsync(0, CancellationToken.None)) is { Pending: 0, Leased: 0 });
            last.Process.Kill(entireProcessTree: true);
            await last.Process.WaitForExitAsync(CancellationToken.None);
        }

        var stored = await CountStoredMentionsAsync(Path.Combine(folder, "data", "dataverse"));
        var status = await queue.StatusAsync(0, CancellationToken.None);
        TestContext.WriteLine($"Reliability | LocalDataverse child killed (SIGKILL) while draining | {stored:N0} of {Count:N0} stored through 2 kills, " +
            $"worker exit codes {string.Join(", ", exitCodes)}, {status.DeadLetters} dead letters, {clock.Elapsed.TotalSeconds:F1} s");
        CollectionAssert.AreEqual(new[] { 1, 1 }, exitCodes, "a worker whose LocalDataverse died exits non-zero so a supervisor restarts it");
        Assert.AreEqual(0, status.DeadLetters);
        Assert.AreEqual(Count, stored);
    }

    /// <summary>The stored mentions, read through LocalDataverse's Web API once the worker is gone ($count as Dataverse answers it).</summary>
    private static async Task<int> CountStoredMentionsAsync(string dataFolder)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { BuildLayout.LocalDataverseHost, "serve", "--port", "0", "--data", dataFolder, "--solution", BuildLayout.Solution })
        {
            start.ArgumentList.Add(argument);
        }

        using var serve = new LoggedProcess(Process.Start(start)!);
        try
        {
            var root = await serve.LineAsync(ServiceRoot(), Patience);
            using var client = new HttpClient { BaseAddress = new Uri(root.Groups[1].Value.TrimEnd('/') + "/") };
            return int.Parse(await client.GetStringAsync("scrm_mentions/$count"), CultureInfo.InvariantCulture);
        }
        finally
        {
            serve.Process.Kill(entireProcessTree: true);
        }
    }

    private static WorkerRun Start(string folder, string queuePath)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "socialcrm.dll"));
        start.ArgumentList.Add("run");
        start.Environment["SOCIALCRM_DataverseSink__BatchSize"] = "100";
        start.Environment["SOCIALCRM_DataverseSink__IdleDelay"] = "00:00:00.100";
        start.Environment["SOCIALCRM_Queue__Path"] = queuePath;
        start.Environment["SOCIALCRM_Queue__LeaseDuration"] = "00:00:02";
        start.Environment["SOCIALCRM_Webhooks__Port"] = "0";
        start.Environment["SOCIALCRM_Logging__LogLevel__Default"] = "Information";
        return new WorkerRun(Process.Start(start)!);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(100, patience.Token);
        }
    }

    [GeneratedRegex(@"Starting LocalDataverse \(process (\d+)\)")]
    private static partial Regex ChildStarted();

    [GeneratedRegex(@"(http://127\.0\.0\.1:\d+/\S*api/data/v9\.2/?)")]
    private static partial Regex ServiceRoot();

    /// <summary>A worker process whose output is kept, so the test learns its LocalDataverse child's process id.</summary>
    private sealed class WorkerRun(Process process) : LoggedProcess(process)
    {
        public async Task<int> ChildAsync() => int.Parse((await LineAsync(ChildStarted(), Patience)).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private class LoggedProcess : IDisposable
    {
        private readonly StringBuilder output = new();

        public LoggedProcess(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public async Task<Match> LineAsync(Regex pattern, TimeSpan patience)
        {
            var deadline = DateTime.UtcNow + patience;
            while (true)
            {
                string text;
                lock (output)
                {
                    text = output.ToString();
                }

                if (pattern.Match(text) is { Success: true } match)
                {
                    return match;
                }

                if (DateTime.UtcNow > deadline || Process.HasExited)
                {
                    throw new AssertFailedException($"No line matching {pattern} from process {Process.Id}: {text}");
                }

                await Task.Delay(100);
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}
