extern alias worker;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.WebApi.Hosting;
using worker::SocialCrm.Integration.CommandLine;
using worker::SocialCrm.Integration.Hosting;
using worker::SocialCrm.Integration.Queue;
using Spectre.Console;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// The worker as an admin runs it against an environment: the managed zip imported into a LocalDataverse, its Web API
/// served on 127.0.0.1, and the worker built by its own <see cref="WorkerHost"/> (queue, webhooks, feeds, sink) with
/// DataverseSink:Url pointing there. Commands (`import`, `status`) run through the same command line and settings, so
/// they share the worker's SQLite queue file. Reads go through the environment's in-process organisation service.
/// </summary>
public sealed class WorkerOnLocalDataverse : IAsyncDisposable
{
    public const string GenericSecret = "generic-webhook-secret";
    public const string MetaAppSecret = "meta-app-secret";
    public const string MetaVerifyToken = "meta-verify-token";

    /// <summary>How long a test waits for the worker to settle what it was given: generous, since CPUs are shared.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly LocalDataverseServer server;
    private readonly CommandEnvironment environment;
    private readonly StringWriter console = new();
    private WebApplication? worker;
    private HttpClient? webhooks;

    private WorkerOnLocalDataverse(ImportedSocialCrm crm, LocalDataverseServer server, string folder, IReadOnlyDictionary<string, string?> settings)
    {
        Crm = crm;
        this.server = server;
        Folder = folder;
        var commandConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(console),
        });
        commandConsole.Profile.Width = 400;
        environment = new CommandEnvironment { Console = commandConsole, Configure = config => config.AddInMemoryCollection(settings) };
    }

    public ImportedSocialCrm Crm { get; }

    /// <summary>This test's own folder: the queue, the feed state and the files it imports.</summary>
    public string Folder { get; }

    /// <summary>What the commands printed so far.</summary>
    public string CommandOutput => console.ToString();

    /// <param name="dataverse">Changes to the environment (a clock, environment variable values).</param>
    /// <param name="webApi">The Web API's options (service protection); the caller is always the worker's application user.</param>
    /// <param name="settings">Worker settings over the test's defaults, by configuration key.</param>
    /// <param name="serverLog">Where the Web API host logs, when a test reads what it did.</param>
    public static async Task<WorkerOnLocalDataverse> CreateAsync(
        Func<LocalDataverseBuilder, LocalDataverseBuilder>? dataverse = null,
        WebApiOptions? webApi = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        RecordingLoggerProvider? serverLog = null)
    {
        var crm = ImportedSocialCrm.Start(dataverse);
        var options = webApi ?? new WebApiOptions();

        // The README's step 4: the worker signs in as an application user, and the plug-ins run in its context.
        options.CallerId = crm.Dataverse.CreateUser("SocialCrm Integration", isApplicationUser: true);
        // The host's own line per request ("Request finished ... PATCH ... - 412 ...") too, which the appsettings.json
        // beside the tests (the worker's) keeps to warnings for Microsoft.AspNetCore.
        var server = await LocalDataverseServer.StartAsync(crm.Dataverse, options, logging: serverLog == null ? null : log => log.AddProvider(serverLog)
            .AddFilter<RecordingLoggerProvider>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information));
        var folder = Directory.CreateTempSubdirectory("socialcrm-e2e-worker-").FullName;
        var merged = new Dictionary<string, string?>
        {
            ["DataverseSink:Url"] = new Uri(server.ServiceRoot, "/").ToString(),
            ["DataverseSink:IdleDelay"] = "00:00:00.050",
            ["Queue:Path"] = Path.Combine(folder, "queue.db"),
            ["Replies:PollInterval"] = "00:00:00.100",
            ["Webhooks:Port"] = "0",
            ["Webhooks:Generic:Secret"] = GenericSecret,
            ["Webhooks:Meta:AppSecret"] = MetaAppSecret,
            ["Webhooks:Meta:VerifyToken"] = MetaVerifyToken,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return new WorkerOnLocalDataverse(crm, server, folder, merged);
    }

    /// <summary>A client of the running worker's webhook endpoint.</summary>
    public HttpClient Webhooks => webhooks ?? throw new InvalidOperationException("Start the worker first.");

    /// <summary>Starts the worker: `socialcrm run` without the wait for Ctrl+C.</summary>
    public async Task StartWorkerAsync()
    {
        var started = WorkerHost.Build(environment);
        try
        {
            await started.StartAsync();
        }
        catch
        {
            // A port taken before the worker bound it is tried again by the caller: nothing of this start may linger.
            await started.DisposeAsync();
            throw;
        }

        worker = started;
        var address = worker.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        webhooks = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>The environment's Web API, as Power Automate and the forms call it.</summary>
    public Uri WebApi => server.ServiceRoot;

    /// <summary>
    /// Stops the worker at once, as a killed process stops: background work is cut wherever it is, and only what it
    /// made durable (its SQLite files, Dataverse) is left for the next run.
    /// </summary>
    public async Task KillWorkerAsync()
    {
        var running = worker ?? throw new InvalidOperationException("Start the worker first.");
        worker = null;
        webhooks?.Dispose();
        webhooks = null;
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        try
        {
            await running.StopAsync(now.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await running.DisposeAsync();
    }

    /// <summary>Runs one `socialcrm` command (e.g. import) with the worker's settings and returns its exit code.</summary>
    public Task<int> RunAsync(params string[] args) => SocialCrmCommandLine.Create(environment).Parse(args).InvokeAsync();

    /// <summary>The queue as `socialcrm status` sees it: read from the file by a host of its own.</summary>
    public async Task<QueueStatus> QueueStatusAsync(int recentDeadLetters = 10)
    {
        using var host = CommandHost.Build(environment);
        return await host.Services.GetRequiredService<IQueueMonitor>().StatusAsync(recentDeadLetters, CancellationToken.None);
    }

    /// <summary>Waits until every queued mention is settled: landed (gone from the queue) or dead-lettered.</summary>
    public Task WaitUntilQueueIsSettledAsync() => Eventually.TrueAsync(async () =>
    {
        var status = await QueueStatusAsync();
        return status.Pending == 0 && status.Leased == 0;
    }, "the worker settles every queued mention", Patience);

    public async ValueTask DisposeAsync()
    {
        webhooks?.Dispose();
        if (worker != null)
        {
            await worker.StopAsync();
            await worker.DisposeAsync();
        }

        await server.DisposeAsync();
        Crm.Dispose();
        console.Dispose();
    }
}
