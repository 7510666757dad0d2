using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using RabbitMQ.Client;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// A RabbitMQ node of the test's own: Debian's rabbitmq-server started as a child process with its own node name, free
/// ports, an Erlang port mapper of its own and its data in a temporary folder, the management plug-in (which ships with
/// it) on a free port under a path prefix with figures refreshed every half second; killed with everything it started when disposed. Without rabbitmq-server installed the test is Inconclusive, unless CI=true, where it fails.
/// The node reads its ports before it binds them, so a node that finds one taken is started again on new ones.
/// </summary>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private const string Control = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    private readonly Process portMapper;
    private readonly Process node;
    private readonly Dictionary<string, string> environment;
    private readonly StringBuilder output = new();

    private RabbitMqBroker(Process portMapper, Process node, Dictionary<string, string> environment, int port, int managementPort)
    {
        this.portMapper = portMapper;
        this.node = node;
        this.environment = environment;
        Uri = new Uri($"amqp://guest:guest@127.0.0.1:{port}/");
        ManagementUri = new Uri($"http://127.0.0.1:{managementPort}{ManagementPathPrefix}/");
    }

    /// <summary>The node's AMQP address (the guest user may connect from 127.0.0.1).</summary>
    public Uri Uri { get; }

    /// <summary>
    /// The management API is served under this prefix, as behind a reverse proxy that maps it to a path
    /// (management.path_prefix, https://www.rabbitmq.com/docs/management#path-prefix).
    /// </summary>
    public const string ManagementPathPrefix = "/rabbitmq";

    /// <summary>The management plug-in's HTTP API, with its path prefix and a trailing '/'.</summary>
    public Uri ManagementUri { get; }

    /// <summary>Runs rabbitmqctl against this node (e.g. set_vm_memory_high_watermark) and fails the test when it fails.</summary>
    public async Task ControlAsync(params string[] arguments)
    {
        using var control = Start(Control, ["-n", environment["RABBITMQ_NODENAME"], .. arguments], environment, null);
        var said = control.StandardOutput.ReadToEndAsync();
        var complained = control.StandardError.ReadToEndAsync();
        await control.WaitForExitAsync();
        Assert.AreEqual(0, control.ExitCode, $"rabbitmqctl {string.Join(' ', arguments)}: {await said}{await complained}");
    }

    public static Task<RabbitMqBroker> StartAsync() => StartAsync(FreePort.Next);

    /// <param name="choose">Where the node's ports come from (a test gives a taken one first).</param>
    public static async Task<RabbitMqBroker> StartAsync(Func<int> choose)
    {
        if (!File.Exists(Server))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"{Server} is missing: .ci/run installs Debian's rabbitmq-server.");
            }

            Assert.Inconclusive($"{Server} is not installed (apt-get install rabbitmq-server); the broker tests need a real broker.");
        }

        // The AMQP port is the one the retry chooses; the node's other ports are taken alongside it.
        return await FreePort.StartAsync(port => StartOnAsync(port, choose), choose);
    }

    private static async Task<RabbitMqBroker> StartOnAsync(int amqpPort, Func<int> choose)
    {
        var folder = Directory.CreateTempSubdirectory("socialcrm-rabbitmq-").FullName;
        var (distributionPort, mapperPort, managementPort) = (choose(), choose(), choose());
        var plugins = Path.Combine(folder, "enabled_plugins");
        await File.WriteAllTextAsync(plugins, "[rabbitmq_management].");
        await File.WriteAllLinesAsync(Path.Combine(folder, "rabbitmq.conf"),
            [$"management.tcp.port = {managementPort}", "management.tcp.ip = 127.0.0.1", $"management.path_prefix = {ManagementPathPrefix}",
                "collect_statistics_interval = 500"]);
        var environment = new Dictionary<string, string>
        {
            // The Erlang cookie is written to HOME: a folder of our own keeps the machine's cookie out of it.
            ["HOME"] = folder,
            ["ERL_EPMD_PORT"] = mapperPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_NODENAME"] = $"socialcrm-test-{Guid.NewGuid():N}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(folder, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(folder, "rabbitmq-env.conf"),
        };

        // Our own port mapper in the foreground, so it ends with the test instead of living on as a daemon.
        var portMapper = Start("epmd", ["-port", environment["ERL_EPMD_PORT"]], environment, null);
        var broker = new RabbitMqBroker(portMapper, Start(Server, [], environment, folder), environment, amqpPort, managementPort);
        portMapper.OutputDataReceived += (_, e) => broker.Append(e.Data);
        portMapper.ErrorDataReceived += (_, e) => broker.Append(e.Data);
        portMapper.BeginOutputReadLine();
        portMapper.BeginErrorReadLine();
        broker.node.OutputDataReceived += (_, e) => broker.Append(e.Data);
        broker.node.ErrorDataReceived += (_, e) => broker.Append(e.Data);
        broker.node.BeginOutputReadLine();
        broker.node.BeginErrorReadLine();
        try
        {
            await broker.WaitUntilAnsweringAsync();
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }

        return broker;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var process in new[] { node, portMapper })
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // Already ended.
            }

            process.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static Process Start(string file, string[] arguments, Dictionary<string, string> environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory != null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>What the node prints once its boot, listeners included, has succeeded.</summary>
    private const string BootCompleted = "Starting broker... completed";

    /// <summary>
    /// The node opens its AMQP listener last in its boot: a connection once the node says its boot completed means it is
    /// up (whoever took its port may accept connections too, and the node then never completes its boot).
    /// </summary>
    private async Task WaitUntilAnsweringAsync()
    {
        // Whoever took the port may accept the connection and never answer the handshake: each try gives up soon.
        var factory = new ConnectionFactory
        {
            Uri = Uri, AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5), HandshakeContinuationTimeout = TimeSpan.FromSeconds(5),
        };
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            ThrowIfEnded();
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await using var connection = await factory.CreateConnectionAsync(attempt.Token);
                if (Output.Contains(BootCompleted, StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or OperationCanceledException or IOException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new AssertFailedException($"rabbitmq-server did not answer at {Uri} within {Patience}: {Output}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Fails when the node or its port mapper ended during start-up: with <see cref="PortTakenException"/> when a port
    /// was taken (the node says eaddrinuse or dist_port_already_used; epmd ends at once when its port is in use).
    /// </summary>
    private void ThrowIfEnded()
    {
        if (portMapper.HasExited)
        {
            throw new PortTakenException($"epmd ended with {portMapper.ExitCode}: its port {environment["ERL_EPMD_PORT"]} is taken. {Output}");
        }

        if (node.HasExited)
        {
            var said = Output;
            if (said.Contains("eaddrinuse", StringComparison.Ordinal) || said.Contains("dist_port_already_used", StringComparison.Ordinal))
            {
                throw new PortTakenException($"rabbitmq-server found a port taken: {said}");
            }

            throw new AssertFailedException($"rabbitmq-server exited with {node.ExitCode}: {said}");
        }
    }

    private string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
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
