using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Reliability;

/// <summary>
/// Issue #14's acceptance scenario: three `socialcrm run` processes share one RabbitMQ node and one LocalDataverse (served
/// with the packed solution, its plug-ins running); `socialcrm import` queues the mentions, and one worker is SIGKILLed
/// twice while they drain and started again each time. Each author's mentions form one reply chain (each replies to the
/// author's previous one, no thread id), so the plug-ins put them in one conversation only if every mention was stored
/// after the one it replies to: a conversation per author, holding all of the author's mentions, is the stored order.
/// CI runs 5,000 mentions; SOCIALCRM_RELIABILITY_MENTIONS=20000 runs the size RELIABILITY.md quotes.
/// </summary>
[TestClass]
[TestCategory("Reliability")]
public sealed class BrokerWorkersTests
{
    private const int Authors = 100;

    public TestContext TestContext { get; set; } = null!;

    private static int MentionCount => ReliabilitySize.Mentions(ciDefault: 5_000);

    /// <summary>Line k·Authors + a is author a's k-th mention, replying to their (k−1)-th: authors interleaved, as a busy network sends them.</summary>
    private static async Task<string> WriteChainsAsync(string folder, int count)
    {
        var path = Path.Combine(folder, "mentions.jsonl");
        var posted = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await File.WriteAllLinesAsync(path, Enumerable.Range(0, count).Select(line =>
        {
            var (author, k) = (line % Authors, line / Authors);
            var replyTo = k == 0 ? "" : $",\"inReplyToId\":\"{PostId(author, k - 1)}\"";
            return $"{{\"platform\":\"x\",\"externalPostId\":\"{PostId(author, k)}\"{replyTo},\"authorExternalId\":\"{1000 + author}\"," +
                $"\"text\":\"Update {k} on my order\",\"postedOn\":\"{posted.AddSeconds(line):yyyy-MM-ddTHH:mm:ssZ}\"}}";
        }));
        return path;
    }

    private static string PostId(int author, int k) => (((long)(author + 1) * 1_000_000) + k).ToString(CultureInfo.InvariantCulture);

    [TestMethod]
    public async Task Three_workers_on_one_broker_land_every_mention_once_in_each_authors_order_through_two_kills()
    {
        var count = MentionCount;
        var folder = TempFolder.Create("socialcrm-broker-workers-");
        Directory.CreateDirectory(Path.Combine(folder, "import"));
        await using var broker = await RabbitMqBroker.StartAsync();
        using var dataverse = await ServedLocalDataverse.StartAsync(Path.Combine(folder, "dataverse"));
        var settings = new Dictionary<string, string>
        {
            ["Queue:Kind"] = "RabbitMq",
            ["Queue:RabbitMq:Uri"] = broker.Uri.ToString(),
            ["Queue:RabbitMq:Partitions"] = "8",
            ["Queue:RabbitMq:Prefetch"] = "200",
            ["DataverseSink:Url"] = dataverse.Url.ToString(),
            ["DataverseSink:BatchSize"] = "100",
            ["DataverseSink:IdleDelay"] = "00:00:00.100",
            ["Webhooks:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var workers = Enumerable.Range(1, 3).Select(n => Directory.CreateDirectory(Path.Combine(folder, $"worker{n}")).FullName).ToArray();
        var running = workers.Select(w => SocialCrmRun.Start(w, settings)).ToArray();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Queue:Path"] = Path.Combine(folder, "import", "queue.db") }).Build();
        await using var monitor = new ServiceCollection().AddMentionQueue(configuration).BuildServiceProvider();
        var queue = monitor.GetRequiredService<IQueueMonitor>();
        try
        {
            var clock = Stopwatch.StartNew();
            var console = new TestConsole();
            var imported = await SocialCrmCommandLine.Create(new CommandEnvironment { Console = console.Console, Configure = c => c.AddConfiguration(configuration) })
                .Parse(["import", await WriteChainsAsync(folder, count)]).InvokeAsync();
            Assert.AreEqual(0, imported, console.Output);

            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(12));
            var kills = 0;
            foreach (var killBelow in new[] { 2 * count / 3, count / 3 })
            {
                while ((await queue.StatusAsync(0, patience.Token)).Pending > killBelow)
                {
                    await Task.Delay(100, patience.Token);
                }

                running[0].Kill(entireProcessTree: true);
                await running[0].WaitForExitAsync(patience.Token);
                running[0].Dispose();
                kills++;
                running[0] = SocialCrmRun.Start(workers[0], settings);
            }

            List<System.Text.Json.JsonElement> mentions;
            QueueStatus status;
            do
            {
                await Task.Delay(2_000, patience.Token);
                mentions = await dataverse.AllAsync("scrm_mentions", "scrm_externalpostid");
                status = await queue.StatusAsync(0, patience.Token);
            }
            while (mentions.Count + status.DeadLetters < count);

            var drained = clock.Elapsed;
            var conversations = await dataverse.AllAsync("scrm_conversations", "scrm_mentioncount");
            TestContext.WriteLine($"Reliability | three workers on one broker, one SIGKILLed twice | {mentions.Count:N0} of {count:N0} stored, " +
                $"{mentions.Select(m => m.GetProperty("scrm_externalpostid").GetString()).Distinct().Count():N0} distinct, through {kills} kills; " +
                $"{conversations.Count} conversations for {Authors} authors; {status.DeadLetters} dead letters; {drained.TotalSeconds:F1} s from import to all stored");

            Assert.AreEqual(count, mentions.Count, "a mention was stored twice");
            Assert.AreEqual(count, mentions.Select(m => m.GetProperty("scrm_externalpostid").GetString()).Distinct().Count());
            Assert.AreEqual(Authors, conversations.Count, "a mention was stored before the one it replies to, so it started a conversation of its own");
            Assert.IsTrue(conversations.All(c => c.GetProperty("scrm_mentioncount").GetInt32() == count / Authors), "a conversation does not hold all of its author's mentions");
            Assert.AreEqual(0, status.Pending + status.DeadLetters);
            Assert.AreEqual(2, kills);
        }
        finally
        {
            foreach (var worker in running)
            {
                if (!worker.HasExited)
                {
                    worker.Kill(entireProcessTree: true);
                    await worker.WaitForExitAsync(CancellationToken.None);
                }

                worker.Dispose();
            }
        }
    }
}
