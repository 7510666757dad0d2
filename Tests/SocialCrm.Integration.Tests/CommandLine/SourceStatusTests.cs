using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.CommandLine;

/// <summary>`status` per source: totals, and a failure that needs a person (rejected credentials) said plainly with its start.</summary>
[TestClass]
public sealed class SourceStatusTests
{
    private const string Secret = "worker-secret";
    private readonly TestConsole console = new();
    private readonly string folder = TempFolder.Create();

    [TestMethod]
    public async Task Status_shows_each_sources_totals_and_since_when_Dataverse_rejects_the_workers_credentials_until_it_takes_them_again()
    {
        await using var dataverse = await FakeDataverse.StartAsync();
        dataverse.DenyAccess = true;
        await using var worker = WorkerHost.Build(new CommandEnvironment { Configure = config => config.AddInMemoryCollection(Settings(new()
        {
            ["DataverseSink:Url"] = dataverse.Url.ToString(),
            ["DataverseSink:IdleDelay"] = "00:00:00.050",
            ["DataverseSink:RetryDelay"] = "00:00:00.200",
            ["Webhooks:Port"] = "0",
            ["Webhooks:Generic:Secret"] = Secret,
        })) });
        await worker.StartAsync();
        using (var client = new HttpClient { BaseAddress = RunningWorker.Address(worker) })
        {
            await RunningWorker.PostGenericAsync(client, Secret, "1", "hello");
            await RunningWorker.PostGenericAsync(client, Secret, "2", "hello");
        }

        var activity = worker.Services.GetRequiredService<SqliteSourceActivity>();
        await UntilAsync(async () => (await activity.AllAsync(default)).Any(s => s.Source == SqliteSourceActivity.Dataverse && s.CredentialsRejected));
        await Run("status");
        var refused = console.Output;
        dataverse.DenyAccess = false;
        await UntilAsync(() => Task.FromResult(dataverse.Landed.Count == 2));
        await UntilAsync(async () => (await activity.AllAsync(default)).Single(s => s.Source == SqliteSourceActivity.Dataverse).FailingSince is null);
        await worker.StopAsync();
        await Run("status");

        StringAssert.Matches(refused, new System.Text.RegularExpressions.Regex(@"webhook:generic\s*│\s*2\s*│\s*0\s*│"));
        StringAssert.Contains(Flat(refused), "credentials rejected since");
        StringAssert.Contains(Flat(refused), "401 Unauthorized (0x80072560): The user is not a member of the organization.");
        StringAssert.Matches(console.Output[refused.Length..], new System.Text.RegularExpressions.Regex(@"dataverse\s*│\s*0\s*│\s*0\s*│\s*-\s*│\s*working"));
    }

    [TestMethod]
    public async Task A_feed_that_refuses_the_readers_credentials_shows_in_status_by_its_address_until_it_is_readable_again()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("members", Samples.Text("blog-rss.xml"));
        site.RefusesCredentials = true;
        var clock = new FixedClock(FixedClock.Noon);
        var config = new ConfigurationBuilder().AddInMemoryCollection(Settings(new()
        {
            ["Feeds:Interval"] = "00:00:10",
            ["Feeds:Subscriptions:0:Url"] = site.Url("members").ToString(),
        })).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock)
            .AddMentionQueue(config).AddFeedPollers(config).AddSourceActivity().BuildServiceProvider();
        var feeds = services.GetServices<IHostedService>().OfType<FeedPollingService>().Single();

        await feeds.PollDueFeedsAsync(CancellationToken.None);
        await Run("status");
        var refused = Flat(console.Output);
        site.RefusesCredentials = false;
        clock.Now += TimeSpan.FromSeconds(10);
        await feeds.PollDueFeedsAsync(CancellationToken.None);
        await Run("status");
        var readable = Flat(console.Output[refused.Length..]);

        StringAssert.Contains(refused, $"feed {site.Url("members")}");
        StringAssert.Contains(refused, "credentials rejected since 2025-");
        StringAssert.Contains(refused, "401 (Unauthorized)");
        StringAssert.Contains(readable, "working");
        StringAssert.Contains(readable, "feed ");
        Assert.IsFalse(readable.Contains("credentials rejected", StringComparison.Ordinal), readable);
    }

    private Dictionary<string, string?> Settings(Dictionary<string, string?> settings)
    {
        settings["Queue:Path"] = Path.Combine(folder, "queue.db");
        return settings;
    }

    private Task<int> Run(params string[] args) => SocialCrmCommandLine.Create(new CommandEnvironment
    {
        Console = console.Console,
        Configure = config => config.AddInMemoryCollection(Settings(new())),
    }).Parse(args).InvokeAsync();

    /// <summary>The console's output with table borders and line breaks gone, so wrapped cells read as one text.</summary>
    private static string Flat(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output.Replace("│", " ", StringComparison.Ordinal), @"\s+", " ");

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(50, patience.Token);
        }
    }
}
