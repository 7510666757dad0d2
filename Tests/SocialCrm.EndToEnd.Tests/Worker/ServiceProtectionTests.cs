using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.WebApi.Hosting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using static SocialCrm.EndToEnd.Tests.Worker.MentionFile;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Dataverse's service protection limits answer 429 with Retry-After; the worker waits as told and nothing is lost.
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// </summary>
[TestClass]
public sealed class ServiceProtectionTests
{
    [TestMethod]
    public async Task Throttled_by_service_protection_the_sink_waits_as_Retry_After_says_and_every_mention_lands()
    {
        // Two requests per two seconds, and the sink sends its three batches of two at once: the third is refused.
        var serverLog = new RecordingLoggerProvider();
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(
            webApi: new WebApiOptions { ServiceProtection = { Enabled = true, MaxRequestsPerWindow = 2, WindowSeconds = 2 } },
            settings: new Dictionary<string, string?> { ["DataverseSink:BatchSize"] = "2", ["DataverseSink:MaxConcurrency"] = "3" },
            serverLog: serverLog);
        var ids = Enumerable.Range(700, 6).Select(n => $"x-{n}").ToArray();
        var file = WriteJsonLines(rig.Folder, "mentions.jsonl", ids.Select(id => (object)new
        {
            platform = "x", externalPostId = id, authorExternalId = "u-kim", text = "Great support today", postedOn = PostedAgo(TimeSpan.FromMinutes(3)),
        }).ToArray());
        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);

        await rig.StartWorkerAsync();
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.IsGreaterThan(0, serverLog.Count("ServiceProtectionLimiter", LogLevel.Warning), "the Web API refused at least one request with 429");
        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters, "a throttled batch is retried, never given up");
        CollectionAssert.AreEquivalent(ids, rig.Crm.All(MentionTable.LogicalName).Select(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId)).ToArray());
        Assert.AreEqual(6, rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-kim").GetAttributeValue<int>(SocialProfileTable.MentionCount));
    }
}
