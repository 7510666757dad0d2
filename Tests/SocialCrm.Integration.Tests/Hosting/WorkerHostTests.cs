using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Hosting;

[TestClass]
public sealed class WorkerHostTests
{
    [TestMethod]
    public async Task Mention_posted_to_the_running_workers_webhook_lands_in_the_configured_environment()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var folder = TempFolder.Create();
        await using var worker = WorkerHost.Build(new CommandEnvironment
        {
            Configure = config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DataverseSink:Url"] = dataverse.Url.ToString(),
                ["DataverseSink:IdleDelay"] = "00:00:00.050",
                ["Queue:Path"] = Path.Combine(folder, "queue.db"),
                ["Webhooks:Port"] = "0",
                ["Webhooks:Generic:Secret"] = "worker-secret",
            }),
        });
        await worker.StartAsync();
        var address = RunningWorker.Address(worker);
        StringAssert.StartsWith(address.ToString(), "http://127.0.0.1:", "the webhook endpoint listens on the loopback address only");

        using var client = new HttpClient { BaseAddress = address };
        var response = await RunningWorker.PostGenericAsync(client, "worker-secret", "77", "hello");

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (dataverse.Records.IsEmpty && !patience.IsCancellationRequested)
        {
            await Task.Delay(20);
        }

        Assert.IsTrue(dataverse.Records.ContainsKey("scrm_mentions(scrm_platform=746500000,scrm_externalpostid='77')"));
        await worker.StopAsync();
    }

    [TestMethod]
    public async Task Health_says_live_and_ready_and_not_ready_while_Dataverse_refuses_the_workers_credentials()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        var folder = TempFolder.Create();
        await using var worker = WorkerHost.Build(new CommandEnvironment
        {
            Configure = config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DataverseSink:Url"] = dataverse.Url.ToString(),
                ["Queue:Path"] = Path.Combine(folder, "queue.db"),
                ["Webhooks:Port"] = "0",
            }),
        });
        await worker.StartAsync();
        using var client = new HttpClient { BaseAddress = RunningWorker.Address(worker) };

        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.AreEqual(HttpStatusCode.OK, ready.StatusCode, await ready.Content.ReadAsStringAsync());

        dataverse.DenyAccess = true;
        var refused = await client.GetAsync("/health/ready");
        var body = await refused.Content.ReadAsStringAsync();

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        StringAssert.Contains(body, "401 Unauthorized (0x80072560): The user is not a member of the organization.");
        StringAssert.Contains(body, "The queue takes writes.");
        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode, "a worker Dataverse refuses is alive: restarting it would not help");
        await worker.StopAsync();
    }
}
