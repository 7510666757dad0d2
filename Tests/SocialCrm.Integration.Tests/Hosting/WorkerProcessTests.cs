using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Integration.Tests.Hosting;

/// <summary>
/// `socialcrm run` as an operating-system process with its local default (a LocalDataverse child), killed the way a
/// crash or an operator kills it (issue 14, defect 4).
/// </summary>
[TestClass]
public sealed partial class WorkerProcessTests
{
    private const string Secret = "generic-secret-the-child-must-not-see";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [TestMethod]
    public async Task LocalDataverse_child_ends_when_its_worker_is_killed_and_never_saw_the_workers_secrets()
    {
        using var worker = await WorkerProcess.StartAsync(Secret);
        var environment = await File.ReadAllTextAsync($"/proc/{worker.ChildId}/environ");

        worker.Process.Kill();

        Assert.IsFalse(environment.Contains("SOCIALCRM_", StringComparison.Ordinal), "the child inherited SOCIALCRM_ variables");
        Assert.IsFalse(environment.Contains(Secret, StringComparison.Ordinal));
        Assert.IsTrue(await WorkerProcess.EndsWithinAsync(worker.ChildId, Patience), $"LocalDataverse (process {worker.ChildId}) outlived its killed worker.");
    }

    [TestMethod]
    public async Task LocalDataverse_child_refuses_requests_without_the_token_its_worker_generated()
    {
        using var worker = await WorkerProcess.StartAsync(Secret);
        using var client = new HttpClient { BaseAddress = new Uri(worker.ChildAddress!, "api/data/v9.2/") };
        var commandLine = await File.ReadAllTextAsync($"/proc/{worker.ChildId}/cmdline");

        using var anonymous = await client.GetAsync("scrm_mentions");
        using var guessed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "scrm_mentions") { Headers = { Authorization = new("Bearer", "guessed") } });

        Assert.AreEqual(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, guessed.StatusCode);
        StringAssert.Contains(commandLine, "--token\0stdin\0", "the token comes over the child's standard input, never its command line");
    }

    [TestMethod]
    public async Task Worker_whose_LocalDataverse_child_dies_exits_non_zero()
    {
        using var worker = await WorkerProcess.StartAsync(Secret);

        Process.GetProcessById(worker.ChildId).Kill();

        using var timeout = new CancellationTokenSource(Patience);
        await worker.Process.WaitForExitAsync(timeout.Token);
        Assert.AreEqual(1, worker.Process.ExitCode, worker.Output);
    }

    [TestMethod]
    public async Task Worker_says_at_start_what_runs_where_and_which_setting_would_turn_on_what_is_off()
    {
        using var worker = await WorkerProcess.StartAsync(Secret);

        var output = await worker.OutputOnceAsync("Startup: Dataverse:");

        StringAssert.Contains(output, "Startup: Webhooks at http://127.0.0.1:");
        StringAssert.Contains(output, "generic /webhooks/generic on");
        StringAssert.Contains(output, "Meta /webhooks/meta off (no Webhooks:Meta:AppSecret)");
        StringAssert.Contains(output, "X /webhooks/x off (no Webhooks:X:ConsumerSecret)");
        StringAssert.Contains(output, "Dataverse /webhooks/dataverse (new replies) off (no Webhooks:Dataverse:Key)");
        StringAssert.Contains(output, "Startup: Feeds: off (no Feeds:Subscriptions)");
        StringAssert.Contains(output, "Startup: YouTube push (WebSub) off (no WebSub:CallbackBaseUrl)");
        StringAssert.Contains(output, "Startup: Streams: Mastodon off (no Streams:Mastodon:AccessToken); Bluesky off (no Streams:Bluesky:Did)");
        StringAssert.Contains(output, "Replies: X off (no Replies:X:AccessToken)");
        StringAssert.Contains(output, $"Startup: Queue: {Path.Combine(worker.Folder, "data", "queue.db")}");
        StringAssert.Contains(output, "Startup: Telemetry: OTLP off (no Telemetry:OtlpEndpoint)");
        StringAssert.Contains(output, $"Startup: Dataverse: LocalDataverse at {worker.ChildAddress}");
    }

    /// <summary>Issue #13: an operator who needs LocalDataverse at a known address (a browser, a second tool) sets its port.</summary>
    [TestMethod]
    public async Task LocalDataverse_Port_fixes_the_address_the_worker_starts_its_LocalDataverse_at_and_prints()
    {
        var port = 0;
        using var worker = await FreePort.StartAsync(chosen => WorkerProcess.StartAsync(Secret, LocalDataversePort(port = chosen)));

        var output = await worker.OutputOnceAsync("Startup: Dataverse:");

        Assert.AreEqual(port, worker.ChildAddress!.Port, output);
        StringAssert.Contains(output, $"Startup: Dataverse: LocalDataverse at {worker.ChildAddress}");
        using var client = new HttpClient();
        using var answer = await client.GetAsync(new Uri(worker.ChildAddress, "api/data/v9.2/scrm_mentions"));
        Assert.AreEqual(HttpStatusCode.Unauthorized, answer.StatusCode, "LocalDataverse itself answers there");
    }

    /// <summary>A port another process took between the test's choice and the child's bind is reported as taken, so the
    /// test can start again on another.</summary>
    [TestMethod]
    public async Task A_worker_whose_LocalDataverse_Port_is_taken_reports_the_port_taken()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var failure = await Assert.ThrowsExactlyAsync<PortTakenException>(() => WorkerProcess.StartAsync(Secret, LocalDataversePort(port)));

        StringAssert.Contains(failure.Message, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> LocalDataversePort(int port) =>
        new() { ["SOCIALCRM_LocalDataverse__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>`dotnet socialcrm.dll run` in a folder of its own, its settings in SOCIALCRM_ variables.</summary>
    private sealed partial class WorkerProcess : IDisposable
    {
        private readonly StringBuilder output = new();

        private WorkerProcess(Process process, string folder) => (Process, Folder) = (process, folder);

        public Process Process { get; }

        /// <summary>The working directory the worker was started in.</summary>
        public string Folder { get; }

        public int ChildId { get; private set; }

        /// <summary>Where the child's Web API answers, as the worker logs it.</summary>
        public Uri? ChildAddress { get; private set; }

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        /// <param name="settings">More SOCIALCRM_ variables, by name.</param>
        public static async Task<WorkerProcess> StartAsync(string secret, Dictionary<string, string>? settings = null)
        {
            var folder = TempFolder.Create();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "socialcrm.dll"));
            start.ArgumentList.Add("run");
            foreach (var (name, value) in new Dictionary<string, string>
            {
                ["SOCIALCRM_Webhooks__Port"] = "0",
                ["SOCIALCRM_Webhooks__Generic__Secret"] = secret,
                ["SOCIALCRM_Logging__LogLevel__Default"] = "Information",
            })
            {
                start.Environment[name] = value;
            }

            foreach (var (name, value) in settings ?? [])
            {
                start.Environment[name] = value;
            }

            var worker = new WorkerProcess(Process.Start(start)!, folder);
            var answering = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            worker.Process.OutputDataReceived += (_, e) => worker.Read(e.Data, answering);
            worker.Process.ErrorDataReceived += (_, e) => worker.Read(e.Data, answering);
            worker.Process.BeginOutputReadLine();
            worker.Process.BeginErrorReadLine();
            try
            {
                await Task.WhenAny(answering.Task, worker.Process.WaitForExitAsync()).WaitAsync(Patience);
                await answering.Task.WaitAsync(TimeSpan.Zero);
            }
            catch (TimeoutException)
            {
                worker.Dispose();
                if (worker.Output.Contains("address already in use", StringComparison.Ordinal))
                {
                    throw new PortTakenException("The worker's LocalDataverse found its port taken: " + worker.Output);
                }

                throw new AssertFailedException("The worker's LocalDataverse did not answer: " + worker.Output);
            }

            return worker;
        }

        /// <summary>The output so far, once it holds <paramref name="text"/>.</summary>
        public async Task<string> OutputOnceAsync(string text)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!Output.Contains(text, StringComparison.Ordinal))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new AssertFailedException($"The worker never wrote \"{text}\": {Output}");
                }

                await Task.Delay(100);
            }

            return Output;
        }

        /// <summary>Whether the process is gone (or a zombie nobody reaped yet) within <paramref name="patience"/>.</summary>
        public static async Task<bool> EndsWithinAsync(int id, TimeSpan patience)
        {
            var deadline = DateTime.UtcNow + patience;
            while (DateTime.UtcNow < deadline)
            {
                if (!File.Exists($"/proc/{id}/stat") || File.ReadAllText($"/proc/{id}/stat").Split(')')[^1].TrimStart().StartsWith('Z'))
                {
                    return true;
                }

                await Task.Delay(100);
            }

            return false;
        }

        public void Dispose()
        {
            foreach (var id in new[] { Process.HasExited ? 0 : Process.Id, ChildId })
            {
                try
                {
                    if (id != 0)
                    {
                        Process.GetProcessById(id).Kill();
                    }
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }

            Process.Dispose();
        }

        private void Read(string? line, TaskCompletionSource answering)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (ChildStarted().Match(line) is { Success: true } started)
            {
                ChildId = int.Parse(started.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (ChildAnswers().Match(line) is { Success: true } answers)
            {
                ChildAddress = new Uri(answers.Groups[1].Value);
                answering.TrySetResult();
            }
        }

        [GeneratedRegex(@"Starting LocalDataverse \(process (\d+)\)")]
        private static partial Regex ChildStarted();

        [GeneratedRegex(@"LocalDataverse answers at (\S+?)\.?$")]
        private static partial Regex ChildAnswers();
    }
}
