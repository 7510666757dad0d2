using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Queue.RabbitMq;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Queue;

/// <summary>The broker's layout: quorum queues as an option, and one partition count and queue type for every worker.</summary>
public sealed partial class RabbitMqMentionQueueTests
{
    [TestMethod]
    public async Task Quorum_partitions_hand_a_dead_workers_mentions_on_in_order_and_bring_a_retry_back_through_an_at_least_once_delay_queue()
    {
        var first = await WorkerAsync(queueType: "Quorum");
        var second = await WorkerAsync(queueType: "Quorum");
        await first.GetRequiredService<IMentionInbox>().EnqueueAsync(Numbered(40, authors: 4), "import", CancellationToken.None);
        var held = await ReceiveAllAsync(first.GetRequiredService<IMentionConsumer>(), 40);
        var standingBy = await second.GetRequiredService<IMentionConsumer>().ReceiveAsync(40, CancellationToken.None);
        await first.DisposeAsync();
        workers.Remove(first);
        var consumer = second.GetRequiredService<IMentionConsumer>();
        var takenOver = await ReceiveAllAsync(consumer, 40);
        await consumer.CompleteAsync(takenOver.Skip(1).ToList(), CancellationToken.None);
        await consumer.AbandonAsync(takenOver.Take(1).ToList(), TimeSpan.FromSeconds(2), "503 ServiceUnavailable", CancellationToken.None);
        var retried = (await ReceiveAllAsync(consumer, 1)).Single();

        Assert.IsEmpty(standingBy, "a second worker read quorum partitions the first one was reading");
        CollectionAssert.AreEquivalent(held.Select(m => m.Mention.Key).ToArray(), takenOver.Select(m => m.Mention.Key).ToArray());
        AssertEachAuthorInOrder(takenOver.Select(m => m.Mention.ExternalPostId), authors: 4);
        Assert.AreEqual((takenOver[0].Mention.Key, 2), (retried.Mention.Key, retried.Attempt));
        var partition = await ManagedQueueAsync($"{prefix}.mentions.0");
        var delay = await ManagedQueueAsync($"{prefix}.delay.2000");
        Assert.AreEqual("quorum", partition.GetProperty("type").GetString());
        Assert.IsTrue(partition.GetProperty("arguments").GetProperty("x-single-active-consumer").GetBoolean());
        Assert.AreEqual("quorum", delay.GetProperty("type").GetString());
        Assert.AreEqual("at-least-once", delay.GetProperty("arguments").GetProperty("x-dead-letter-strategy").GetString());
    }

    [TestMethod]
    public async Task Worker_with_another_partition_count_than_the_brokers_refuses_to_start_naming_both_counts()
    {
        await (await WorkerAsync(partitions: 4)).GetRequiredService<IMentionInbox>().EnqueueAsync([Posts.Numbered("1")], "import", CancellationToken.None);
        var other = await WorkerAsync(partitions: 8);

        var refused = await Assert.ThrowsAsync<BrokerTopologyMismatchException>(() => StartAsync(other));

        StringAssert.Contains(refused.Message, "Queue:RabbitMq:Partitions is 8 here but 4 on the broker");
        await Assert.ThrowsAsync<BrokerTopologyMismatchException>(() =>
            other.GetRequiredService<IMentionInbox>().EnqueueAsync([Posts.Numbered("2")], "import", CancellationToken.None));
        Assert.AreEqual(1, (await workers[0].GetRequiredService<IQueueMonitor>().StatusAsync(0, CancellationToken.None)).Pending, "the refused worker wrote");
    }

    [TestMethod]
    public async Task Worker_asking_for_quorum_queues_where_the_broker_has_classic_ones_refuses_to_start_naming_both_types()
    {
        await StartAsync(await WorkerAsync());

        var refused = await Assert.ThrowsAsync<BrokerTopologyMismatchException>(async () => await StartAsync(await WorkerAsync(queueType: "Quorum")));

        StringAssert.Contains(refused.Message, "Queue:RabbitMq:QueueType is Quorum here but the broker's queue");
        StringAssert.Contains(refused.Message, "is classic");
    }

    private static async Task StartAsync(ServiceProvider worker)
    {
        foreach (var service in worker.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>One queue as the management API describes it (type, arguments).</summary>
    private static async Task<JsonElement> ManagedQueueAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = (await BrokerAsync()).ManagementUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("guest:guest")));
        return await http.GetFromJsonAsync<JsonElement>($"api/queues/%2F/{Uri.EscapeDataString(name)}");
    }
}
