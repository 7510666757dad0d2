using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Replies.Webhook;
using SocialCrm.Integration.Sink;

namespace SocialCrm.Integration.Local;

/// <summary>
/// The local default: runs `dotnet SocialCrm.LocalDataverse.dll serve --port P --data ./data/dataverse --solution S
/// --lifeline stdin` as a child process, waits until its Web API answers at the address it announces, then hands that
/// address to the sink. With port 0 the child binds a free port itself (a port chosen here and bound by the child later
/// could be taken by another process meanwhile, and its answers mistaken for the child's). The child
/// watches the pipe on its standard input, which closes when this process ends however it ends (a kill -9 included),
/// so it never outlives the worker; it refuses a data folder another process holds. It gets the worker's environment
/// without the variables of <see cref="LocalDataverseOptions.WithheldVariablePrefix"/> (the worker's secrets are none
/// of its business). It accepts only a bearer token generated for this run (`--token stdin`): the worker writes it as the
/// first line of the child's standard input, so neither the command line nor the environment (which other processes
/// can read) carries it, and hands it to the sink through <see cref="DataverseEndpoint"/>. It is registered before the sink,
/// so it stops after it: in-flight writes finish first. If it dies on its own the worker stops too, and
/// <see cref="Failed"/> makes `socialcrm run` exit non-zero, since nothing could be written any more.
/// </summary>
public sealed partial class LocalDataverseProcess(
    IOptions<LocalDataverseOptions> options,
    DataverseEndpoint endpoint,
    IHttpClientFactory httpClients,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    IOptions<DataverseWebhookOptions> replyWebhook,
    IServiceProvider services,
    ILogger<LocalDataverseProcess> logger) : BackgroundService
{
    private readonly ConcurrentQueue<string> lastLines = new();

    // serve's own one-line refusals (a port in use, a refused solution), kept apart: a crash log after them would push them out of the last lines.
    private readonly ConcurrentQueue<string> refusals = new();

    /// <summary>Whether the child could not start or died while the worker ran.</summary>
    public bool Failed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var host = settings.HostPath ?? BuildLayout.LocalDataverseHost;
        var solution = settings.Solution ?? BuildLayout.Solution;
        var data = Path.GetFullPath(settings.DataFolder);
        var port = settings.Port;
        if (!File.Exists(host))
        {
            Fail(new FileNotFoundException($"LocalDataverse is not built at {host}; build the Integration project (it builds LocalDataverse) or set LocalDataverse:HostPath."));
            return;
        }

        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { host, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data, "--solution", solution, "--lifeline", "stdin" })
        {
            start.ArgumentList.Add(argument);
        }

        var webhookKey = replyWebhook.Value.Enabled ? replyWebhook.Value.Key : null;
        if (webhookKey != null)
        {
            start.ArgumentList.Add("--service-endpoints");
            start.ArgumentList.Add("stdin");
        }

        var token = settings.RequireToken ? Convert.ToHexString(RandomNumberGenerator.GetBytes(32)) : null;
        if (token != null)
        {
            start.ArgumentList.Add("--token");
            start.ArgumentList.Add("stdin");
        }

        foreach (var name in start.Environment.Keys.Where(k => settings.WithheldVariablePrefix.Length > 0 && k.StartsWith(settings.WithheldVariablePrefix, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        if (token != null)
        {
            // The rest of the pipe stays open: it is the child's lifeline.
            await child.StandardInput.WriteLineAsync(token);
            await child.StandardInput.FlushAsync(stoppingToken);
        }

        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var webhookSet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        child.OutputDataReceived += (_, e) =>
        {
            Keep(e.Data);
            if (e.Data != null && Announcement().Match(e.Data) is { Success: true } announcement)
            {
                announced.TrySetResult(new Uri(new Uri(announcement.Groups[1].Value), "/"));
            }

            if (e.Data?.StartsWith($"Service endpoint {DataverseWebhookOptions.ServiceEndpointName} ", StringComparison.Ordinal) == true)
            {
                webhookSet.TrySetResult();
            }
        };
        child.ErrorDataReceived += (_, e) =>
        {
            Keep(e.Data);
            if (e.Data?.StartsWith("serve: --service-endpoints", StringComparison.Ordinal) == true)
            {
                webhookSet.TrySetException(new InvalidOperationException(e.Data));
            }
        };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        logger.LogInformation("Starting LocalDataverse (process {Id}) on port {Port} with data in {Data} and solution {Solution}.", child.Id, port == 0 ? "of its choice" : port, data, solution);

        try
        {
            var address = await WaitUntilAnsweringAsync(child, announced.Task, settings.StartupTimeout, stoppingToken);
            logger.LogInformation("LocalDataverse answers at {Address}.", address);
            if (webhookKey != null)
            {
                // Before anyone can write to it: a reply created earlier would find no webhook to post it.
                await RegisterReplyWebhookAsync(child, webhookKey, webhookSet.Task, settings.StartupTimeout, stoppingToken);
            }

            endpoint.Resolve(address, token);

            await child.WaitForExitAsync(stoppingToken);
            Fail(new InvalidOperationException($"LocalDataverse exited with code {child.ExitCode}: {LastWords()}"));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            Fail(e);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Points the solution's reply webhook at this worker's /webhooks/dataverse with its key, as an admin does after import
    /// (README "Tell the worker of new replies"), once the worker listens; the key goes over the child's standard input.
    /// </summary>
    private async Task RegisterReplyWebhookAsync(Process child, string key, Task set, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(cancellationToken);
        }

        var listening = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening == null)
        {
            logger.LogWarning("The worker listens nowhere: LocalDataverse's reply webhook is not set, replies wait for polling.");
            return;
        }

        var own = new UriBuilder(listening.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (own.Host is "0.0.0.0" or "[::]" or "::")
        {
            own.Host = "127.0.0.1";
        }

        own.Path = DataverseWebhookEndpoint.Path;
        await child.StandardInput.WriteLineAsync($"{DataverseWebhookOptions.ServiceEndpointName}\t{own.Uri}\t{key}");
        await child.StandardInput.FlushAsync(cancellationToken);
        await set.WaitAsync(timeout, cancellationToken);
        logger.LogInformation("LocalDataverse's {Endpoint} posts new replies to {Address}.", DataverseWebhookOptions.ServiceEndpointName, own.Uri);
    }

    private async Task<Uri> WaitUntilAnsweringAsync(Process child, Task<Uri> announced, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = httpClients.CreateClient(nameof(LocalDataverseProcess));
        var deadline = clock.GetUtcNow() + timeout;
        while (true)
        {
            if (child.HasExited)
            {
                // Until its output ends too: its last words may still be on their way.
                await child.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException($"LocalDataverse exited with code {child.ExitCode} before it answered: {LastWords()}");
            }

            if (announced.IsCompletedSuccessfully)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(announced.Result, DataverseWebApiClient.ApiPath), cancellationToken);
                    if ((int)response.StatusCode < 500)
                    {
                        return announced.Result;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
            }

            if (clock.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"LocalDataverse did not answer{(announced.IsCompletedSuccessfully ? " at " + announced.Result : "")} within {timeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), clock, cancellationToken);
        }
    }

    private void Fail(Exception error)
    {
        Failed = true;
        logger.LogError(error, "The local default cannot run: {Message}", error.Message);
        endpoint.Fail(error);
        lifetime.StopApplication();
    }

    /// <summary>What the child said before it ended: its refusals first, then its last lines (a crash's trace).</summary>
    private string LastWords() => string.Join(Environment.NewLine, refusals.Concat(lastLines).Distinct());

    private void Keep(string? line)
    {
        if (line == null)
        {
            return;
        }

        if (line.StartsWith("serve:", StringComparison.Ordinal))
        {
            refusals.Enqueue(line);
        }

        lastLines.Enqueue(line);
        while (lastLines.Count > 20 && lastLines.TryDequeue(out _))
        {
        }
    }

    /// <summary>The line `serve` writes once its Web API listens: "LocalDataverse Web API at {service root} (Ctrl+C to stop)".</summary>
    [GeneratedRegex(@"^LocalDataverse Web API at (\S+)")]
    private static partial Regex Announcement();
}
