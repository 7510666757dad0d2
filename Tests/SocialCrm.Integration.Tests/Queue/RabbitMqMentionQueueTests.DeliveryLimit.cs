using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Queue.RabbitMq;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Queue;

/// <summary>
/// A quorum partition's delivery limit (issue #14): a mention that every worker dies on is dead-lettered by the broker
/// itself, and `deadletter` shows the broker's reason from x-death.
/// </summary>
public sealed partial class RabbitMqMentionQueueTests
{
    private static readonly Dictionary<string, string?> DeliveryLimitOfOne = new() { ["Queue:RabbitMq:DeliveryLimit"] = "1" };

    [TestMethod]
    public async Task Mention_every_worker_dies_on_is_dead_lettered_by_the_broker_past_the_delivery_limit_and_shown_with_its_x_death_reason()
    {
        var first = await WorkerAsync(queueType: "Quorum", more: DeliveryLimitOfOne);
        await first.GetRequiredService<IMentionInbox>().EnqueueAsync([Posts.Numbered("9", "the text every worker dies on")], "import", CancellationToken.None);
        var letters = first.GetRequiredService<IDeadLetters>();

        // Each worker takes the mention and dies without settling it; the broker counts each return as a failed delivery.
        var deliveries = 0;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while ((await letters.ListAsync(10, patience.Token)).Count == 0)
        {
            var dying = await WorkerAsync(queueType: "Quorum", more: DeliveryLimitOfOne);
            deliveries += (await dying.GetRequiredService<IMentionConsumer>().ReceiveAsync(1, patience.Token)).Count;
            await dying.DisposeAsync();
            workers.Remove(dying);
        }

        var letter = (await letters.ListAsync(10, CancellationToken.None)).Single();
        var console = new TestConsole();
        var settings = await SettingsAsync(queueType: "Quorum");
        settings["Queue:RabbitMq:DeliveryLimit"] = "1";
        Task<int> Run(params string[] args) => SocialCrmCommandLine.Create(new CommandEnvironment
        {
            Console = console.Console,
            Configure = config => config.AddInMemoryCollection(settings),
        }).Parse(args).InvokeAsync();
        Assert.AreEqual(0, await Run("deadletter", "list"));
        Assert.AreEqual(0, await Run("deadletter", "show", letter.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.AreEqual(0, await Run("deadletter", "replay", "--id", letter.Id.ToString(CultureInfo.InvariantCulture)));
        var replayed = (await ReceiveAllAsync(first.GetRequiredService<IMentionConsumer>(), 1)).Single();

        Assert.AreEqual(2, deliveries, "a delivery limit of 1 allows one redelivery after the first");
        StringAssert.StartsWith(letter.Reason, $"The broker dead-lettered it: delivery_limit on {prefix}.mentions.");
        Assert.AreEqual(("import", Posts.Numbered("9").Key), (letter.Source, letter.Key));
        Assert.IsTrue(letter.DeadLetteredOn > DateTimeOffset.UtcNow.AddMinutes(-5), $"{letter.DeadLetteredOn}");
        StringAssert.Contains(console.Output, "delivery_limit");
        StringAssert.Contains(console.Output, "the text every worker dies on");
        Assert.IsFalse(console.Output.Contains("no reason recorded", StringComparison.Ordinal), console.Output);
        StringAssert.Contains(console.Output, "Replayed: 1");
        Assert.AreEqual(("9", 1), (replayed.Mention.ExternalPostId, replayed.Attempt));
    }

    [TestMethod]
    public async Task Worker_with_a_delivery_limit_where_the_brokers_partitions_have_none_refuses_to_start_pointing_to_a_policy()
    {
        await StartAsync(await WorkerAsync(queueType: "Quorum"));

        var refused = await Assert.ThrowsAsync<BrokerTopologyMismatchException>(async () => await StartAsync(await WorkerAsync(queueType: "Quorum", more: DeliveryLimitOfOne)));

        StringAssert.Contains(refused.Message, "Queue:RabbitMq:DeliveryLimit is 1 here but the broker's queue");
        StringAssert.Contains(refused.Message, "by a policy");
    }
}
