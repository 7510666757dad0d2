using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Sources.Feeds;

[TestClass]
public sealed class FeedStateLocationTests
{
    private static readonly Uri Feed = new("https://www.youtube.com/feeds/videos.xml?channel_id=UCXuqSBlHAE6Xw-yeJA0Tunw");

    [TestMethod]
    public async Task A_worker_configured_with_only_its_queue_path_keeps_its_feed_state_beside_the_queue()
    {
        var folder = TempFolder.Create();
        var otherFolder = TempFolder.Create();

        await using (var worker = Worker(folder))
        {
            await worker.Services.GetRequiredService<FeedStateStore>().SaveValidatorsAsync(Feed, "\"etag-1\"", null, CancellationToken.None);
        }

        Assert.IsTrue(File.Exists(Path.Combine(folder, "feeds.db")), "the feed state is feeds.db in the queue's folder");
        await using (var restarted = Worker(folder))
        {
            var (etag, _) = await restarted.Services.GetRequiredService<FeedStateStore>().ValidatorsAsync(Feed, CancellationToken.None);
            Assert.AreEqual("\"etag-1\"", etag, "a restart on the same queue asks the feed conditionally, as before it stopped");
        }

        await using (var elsewhere = Worker(otherFolder))
        {
            var (etag, _) = await elsewhere.Services.GetRequiredService<FeedStateStore>().ValidatorsAsync(Feed, CancellationToken.None);
            Assert.IsNull(etag, "a worker on another queue has its own feed state, not one shared through the working directory");
        }
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Worker(string folder) => WorkerHost.Build(new CommandEnvironment
    {
        Configure = config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queue:Path"] = Path.Combine(folder, "queue.db"),
        }),
    });
}
