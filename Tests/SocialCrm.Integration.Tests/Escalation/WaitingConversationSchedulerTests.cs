using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Escalation;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Escalation;

/// <summary>
/// The worker's local default is LocalDataverse served with the built solution: it comes with the seed escalation rules
/// (the data package beside the solution zip), and the worker's scheduler calls scrm_EscalateWaitingConversations on it
/// every interval, over HTTP as against any environment.
/// </summary>
[TestClass]
public sealed class WaitingConversationSchedulerTests
{
    [TestMethod]
    public async Task The_local_default_starts_with_the_ten_seed_escalation_rules_and_the_scheduler_runs_the_API_every_interval()
    {
        var folder = TempFolder.Create("socialcrm-waiting-");
        using var dataverse = await ServedLocalDataverse.StartAsync(Path.Combine(folder, "dataverse"));

        var rules = await dataverse.AllAsync("scrm_escalationrules", "scrm_name,scrm_order");

        Assert.HasCount(10, rules);
        Assert.AreEqual("Negative mention from an influential author", rules.OrderBy(r => r.GetProperty("scrm_order").GetInt32()).First().GetProperty("scrm_name").GetString());

        using var log = new ListLoggerProvider();
        using var services = Services(dataverse.Url, log);
        var scheduler = new WaitingConversationScheduler(services.GetRequiredService<IHttpClientFactory>(), services.GetRequiredService<DataverseEndpoint>(),
            Options.Create(new WaitingConversationsOptions { Interval = TimeSpan.FromMilliseconds(50) }), TimeProvider.System,
            services.GetRequiredService<ILoggerFactory>().CreateLogger<WaitingConversationScheduler>());
        await scheduler.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (log.Messages.Count(m => m.StartsWith(WaitingConversationScheduler.CustomApiName + ":", StringComparison.Ordinal)) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await scheduler.StopAsync(CancellationToken.None);
        var runs = log.Messages.Where(m => m.StartsWith(WaitingConversationScheduler.CustomApiName + ":", StringComparison.Ordinal)).ToList();
        Assert.IsGreaterThanOrEqualTo(2, runs.Count, string.Join(Environment.NewLine, log.Messages));
        Assert.AreEqual($"{WaitingConversationScheduler.CustomApiName}: 0 conversations waited too long for a reply, 0 escalated.", runs[0]);
    }

    private static ServiceProvider Services(Uri dataverse, ILoggerProvider log)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(log));
        services.AddHttpClient(DataverseWebApiClient.HttpClientName);
        var endpoint = new DataverseEndpoint();
        endpoint.Resolve(dataverse);
        services.AddSingleton(endpoint);
        return services.BuildServiceProvider();
    }
}
