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
using SocialCrm.Integration.Replies;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Replies;

[TestClass]
public sealed class ReplyOutboxLocationTests
{
    [TestMethod]
    public async Task A_worker_configured_with_only_its_queue_path_keeps_its_reply_outbox_beside_the_queue()
    {
        var folder = TempFolder.Create();
        var otherFolder = TempFolder.Create();
        var replyId = Guid.NewGuid();

        await using (var worker = Worker(folder))
        {
            await worker.Services.GetRequiredService<ReplyOutbox>().MarkSendingAsync(replyId, CancellationToken.None);
        }

        Assert.IsTrue(File.Exists(Path.Combine(folder, "replies.db")), "the outbox is replies.db in the queue's folder");
        await using (var restarted = Worker(folder))
        {
            var entry = await restarted.Services.GetRequiredService<ReplyOutbox>().FindAsync(replyId, CancellationToken.None);
            Assert.AreEqual(OutboxState.Sending, entry?.State, "a restart on the same queue finds the reply it was sending");
        }

        await using (var elsewhere = Worker(otherFolder))
        {
            var entry = await elsewhere.Services.GetRequiredService<ReplyOutbox>().FindAsync(replyId, CancellationToken.None);
            Assert.IsNull(entry, "a worker on another queue has its own outbox, not one shared through the working directory");
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
