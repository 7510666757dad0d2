using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Sources.Feeds;

/// <summary>What an operator sees of a failing feed: one line per failed try, no stack trace, and a feed that backs off.</summary>
[TestClass]
public sealed class FeedPollingServiceTests
{
    [TestMethod]
    public async Task A_failing_feed_logs_one_line_per_try_backs_off_and_says_when_it_is_readable_again()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("rss", "this is not a feed");
        var clock = new FixedClock(FixedClock.Noon);
        var log = new ListLoggerProvider();
        var folder = TempFolder.Create();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queue:Path"] = Path.Combine(folder, "queue.db"),
            ["Feeds:Interval"] = "00:00:10",
            ["Feeds:Subscriptions:0:Url"] = site.Url("rss").ToString(),
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(log))
            .AddSingleton<TimeProvider>(clock)
            .AddMentionQueue(config)
            .AddFeedPollers(config)
            .BuildServiceProvider();
        var service = services.GetServices<IHostedService>().OfType<FeedPollingService>().Single();
        string[] Lines() => log.Messages.Where(m => m.Contains("could not be read", StringComparison.Ordinal) || m.Contains("readable again", StringComparison.Ordinal)).ToArray();

        await service.PollDueFeedsAsync(CancellationToken.None);
        await service.PollDueFeedsAsync(CancellationToken.None);
        clock.Now += TimeSpan.FromSeconds(10);
        await service.PollDueFeedsAsync(CancellationToken.None);
        clock.Now += TimeSpan.FromSeconds(10);
        await service.PollDueFeedsAsync(CancellationToken.None);
        site.Serve("rss", Samples.Text("blog-rss.xml"));
        clock.Now += TimeSpan.FromSeconds(10);
        await service.PollDueFeedsAsync(CancellationToken.None);

        Assert.AreEqual(3, site.IfNoneMatchReceived.Count, "tried at 0 s, 10 s and 30 s: not again while backing off");
        var lines = Lines();
        Assert.AreEqual(3, lines.Length, string.Join("\n", lines));
        StringAssert.Contains(lines[0], "could not be read (");
        StringAssert.EndsWith(lines[0], "next try in 00:00:10.");
        StringAssert.EndsWith(lines[1], "next try in 00:00:20.");
        StringAssert.EndsWith(lines[2], "is readable again after 2 failed tries.");
        Assert.IsFalse(lines.Any(l => l.Contains("   at ", StringComparison.Ordinal)), "no stack trace");
    }

    [TestMethod]
    public void Back_off_doubles_with_each_failure_up_to_six_hours_and_a_success_resets_it()
    {
        var feed = new Uri("https://blog.example/feed");
        var backoff = new FeedBackoff(TimeSpan.FromMinutes(15));

        var waits = Enumerable.Range(0, 7).Select(_ => backoff.Failed(feed, FixedClock.Noon)).ToArray();
        var after = backoff.Succeeded(feed);

        CollectionAssert.AreEqual(new[] { 15, 30, 60, 120, 240, 360, 360 }, waits.Select(w => (int)w.TotalMinutes).ToArray());
        Assert.AreEqual(7, after);
        Assert.IsTrue(backoff.IsDue(feed, FixedClock.Noon));
    }
}
