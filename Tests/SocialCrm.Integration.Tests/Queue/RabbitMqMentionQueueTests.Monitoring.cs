using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Queue;

/// <summary>What `status` and `/health/ready` tell about the broker.</summary>
public sealed partial class RabbitMqMentionQueueTests
{
    private async Task<Dictionary<string, string?>> ManagedAsync() => new() { ["Queue:RabbitMq:ManagementUri"] = (await BrokerAsync()).ManagementUri.ToString() };

    [TestMethod]
    public async Task Status_counts_the_mentions_workers_hold_and_those_waiting_for_a_retry_through_the_management_api()
    {
        var worker = await WorkerAsync();
        await worker.GetRequiredService<IMentionInbox>().EnqueueAsync(Numbered(30, authors: 3), "import", CancellationToken.None);

        // `status` is another process: a provider of its own, which holds nothing itself.
        var monitor = (await WorkerAsync(more: await ManagedAsync())).GetRequiredService<IQueueMonitor>();
        var queued = await StatusUntilAsync(monitor, status => status.Pending == 30);
        var consumer = worker.GetRequiredService<IMentionConsumer>();
        var received = await ReceiveAllAsync(consumer, 30);
        await consumer.CompleteAsync(received.Take(10).ToList(), CancellationToken.None);
        await consumer.AbandonAsync(received.Skip(10).Take(5).ToList(), TimeSpan.FromMinutes(5), "503 ServiceUnavailable", CancellationToken.None);
        var settling = await StatusUntilAsync(monitor, status => (status.Leased, status.WaitingForRetry) == (15, 5));
        var console = new TestConsole();
        var settings = await SettingsAsync();
        foreach (var (name, value) in await ManagedAsync())
        {
            settings[name] = value;
        }

        var exit = await SocialCrmCommandLine.Create(new CommandEnvironment { Console = console.Console, Configure = c => c.AddInMemoryCollection(settings) })
            .Parse("status").InvokeAsync();

        Assert.AreEqual((30, (int?)0, (int?)0), (queued.Pending, queued.Leased, queued.WaitingForRetry));
        Assert.AreEqual((0, (int?)15, (int?)5), (settling.Pending, settling.Leased, settling.WaitingForRetry), "ready, held by the worker, waiting for a retry");
        StringAssert.Contains(settling.CountedBy, "the management API");
        Assert.AreEqual(0, exit);
        StringAssert.Contains(console.Output, "waiting for a retry");
        StringAssert.Contains(console.Output, "Counted by the management API");
    }

    [TestMethod]
    [DataRow(true, DisplayName = "http://host:port/rabbitmq/")]
    [DataRow(false, DisplayName = "http://host:port/rabbitmq")]
    public async Task Status_reaches_a_management_api_under_a_path_prefix_with_or_without_the_trailing_slash(bool trailingSlash)
    {
        var worker = await WorkerAsync();
        await worker.GetRequiredService<IMentionInbox>().EnqueueAsync(Numbered(3, authors: 3), "import", CancellationToken.None);
        await ReceiveAllAsync(worker.GetRequiredService<IMentionConsumer>(), 3);
        var management = (await BrokerAsync()).ManagementUri.ToString();

        var monitor = (await WorkerAsync(more: new() { ["Queue:RabbitMq:ManagementUri"] = trailingSlash ? management : management.TrimEnd('/') }))
            .GetRequiredService<IQueueMonitor>();
        var status = await StatusUntilAsync(monitor, status => status.Leased == 3);

        StringAssert.EndsWith(management, RabbitMqBroker.ManagementPathPrefix + "/");
        Assert.AreEqual((0, (int?)3), (status.Pending, status.Leased), status.CountedBy);
        StringAssert.Contains(status.CountedBy, "the management API");
    }

    [TestMethod]
    public async Task Status_without_the_management_api_counts_ready_mentions_and_says_what_it_cannot_see()
    {
        var worker = await WorkerAsync();
        await worker.GetRequiredService<IMentionInbox>().EnqueueAsync(Numbered(12, authors: 3), "import", CancellationToken.None);

        var status = await (await WorkerAsync()).GetRequiredService<IQueueMonitor>().StatusAsync(0, CancellationToken.None);

        Assert.AreEqual((12, (int?)null, (int?)null), (status.Pending, status.Leased, status.WaitingForRetry));
        StringAssert.Contains(status.CountedBy, "held by workers and waiting for a retry are not counted");
    }

    [TestMethod]
    [DataRow(false, DisplayName = "connection.blocked")]
    [DataRow(true, DisplayName = "the management API's alarm check")]
    public async Task Readiness_fails_naming_the_memory_alarm_while_the_broker_blocks_publishes_and_recovers_after(bool managed)
    {
        var health = (await WorkerAsync(more: managed ? await ManagedAsync() : null)).GetRequiredService<HealthCheckService>();
        var before = await QueueHealthAsync(health);
        var broker = await BrokerAsync();
        HealthReportEntry during;
        try
        {
            await broker.ControlAsync("set_vm_memory_high_watermark", "0.0000001");
            during = await QueueHealthUntilAsync(health, HealthStatus.Unhealthy);
        }
        finally
        {
            await broker.ControlAsync("set_vm_memory_high_watermark", "0.4");
        }

        var after = await QueueHealthUntilAsync(health, HealthStatus.Healthy);

        Assert.AreEqual(HealthStatus.Healthy, before.Status, before.Description);
        StringAssert.Contains(during.Description, "The broker refuses publishes");
        StringAssert.Contains(during.Description, "memory");
        Assert.AreEqual(HealthStatus.Healthy, after.Status);
    }

    [TestMethod]
    public async Task Readiness_fails_naming_the_broker_that_cannot_be_reached()
    {
        // Bound but never listening: a connection is refused, and no other process can start listening there meanwhile.
        using var nobody = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        nobody.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var address = $"127.0.0.1:{((IPEndPoint)nobody.LocalEndPoint!).Port}";
        var health = (await WorkerAsync(more: new() { ["Queue:RabbitMq:Uri"] = $"amqp://guest:guest@{address}/" })).GetRequiredService<HealthCheckService>();

        var queue = await QueueHealthAsync(health);

        Assert.AreEqual(HealthStatus.Unhealthy, queue.Status);
        StringAssert.Contains(queue.Description, $"The broker at {address} cannot be reached");
    }

    /// <summary>The broker refreshes the management API's figures every half second here: wait for them to settle.</summary>
    private static async Task<QueueStatus> StatusUntilAsync(IQueueMonitor monitor, Func<QueueStatus, bool> settled)
    {
        var patience = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var status = await monitor.StatusAsync(0, CancellationToken.None);
            if (settled(status) || DateTime.UtcNow > patience)
            {
                return status;
            }

            await Task.Delay(250, CancellationToken.None);
        }
    }

    private static async Task<HealthReportEntry> QueueHealthAsync(HealthCheckService health) =>
        (await health.CheckHealthAsync(check => check.Name == "queue")).Entries["queue"];

    private static async Task<HealthReportEntry> QueueHealthUntilAsync(HealthCheckService health, HealthStatus wanted)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var entry = await QueueHealthAsync(health);
            if (entry.Status == wanted || patience.IsCancellationRequested)
            {
                return entry;
            }

            await Task.Delay(250, CancellationToken.None);
        }
    }
}
