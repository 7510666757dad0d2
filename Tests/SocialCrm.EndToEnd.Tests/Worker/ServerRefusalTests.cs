using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using static SocialCrm.EndToEnd.Tests.Worker.MentionFile;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>A record Dataverse refuses fails its whole UpsertMultiple; the worker isolates it and lands the rest.</summary>
[TestClass]
public sealed class ServerRefusalTests
{
    [TestMethod]
    public async Task A_mention_the_server_refuses_is_dead_lettered_with_the_servers_message_while_the_rest_of_its_batch_lands()
    {
        // Dataverse's clock runs an hour behind the worker's. A post from a minute ago passes the worker's edge (by its
        // own clock it is not from the future), but the intake plug-in, reading Dataverse's clock, finds it an hour ahead
        // and refuses it: a refusal the edge cannot foresee.
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(
            dataverse => dataverse.WithClock(new SkewedClock(TimeSpan.FromHours(-1))),
            settings: new Dictionary<string, string?> { ["DataverseSink:BatchSize"] = "10" });
        var early = PostedAgo(TimeSpan.FromHours(3));
        var file = WriteJsonLines(rig.Folder, "mentions.jsonl",
            new { platform = "x", externalPostId = "x-500", authorExternalId = "u-gus", text = "Great support today", postedOn = early },
            new { platform = "x", externalPostId = "x-501", authorExternalId = "u-gus", text = "Thanks again", postedOn = early },
            new { platform = "x", externalPostId = "x-late", authorExternalId = "u-hal", text = "Posted just now", postedOn = PostedAgo(TimeSpan.FromMinutes(1)) },
            new { platform = "x", externalPostId = "x-503", authorExternalId = "u-ivy", text = "Where is my parcel?", postedOn = early },
            new { platform = "x", externalPostId = "x-504", authorExternalId = "u-ivy", text = "Found it", postedOn = early });

        Assert.AreEqual(0, await rig.RunAsync("import", file), $"the worker's edge accepts all five: {rig.CommandOutput}");
        await rig.StartWorkerAsync();
        await rig.WaitUntilQueueIsSettledAsync();

        var status = await rig.QueueStatusAsync();
        var letter = status.RecentDeadLetters.Single();
        Assert.AreEqual($"{(int)SocialPlatform.X}:x-late", letter.Key);
        Assert.AreEqual("import", letter.Source);
        StringAssert.StartsWith(letter.Reason, "400 ", "the Web API's status");
        StringAssert.Contains(letter.Reason, $"{MentionTable.PostedOn} is in the future", "the intake plug-in's own words");
        StringAssert.Contains(letter.Reason, "check the source's clock and time zone");
        Assert.DoesNotContain("Mention 3 of", letter.Reason, "the message is the one refused record's, not its batch's");

        CollectionAssert.AreEquivalent(
            new[] { "x-500", "x-501", "x-503", "x-504" },
            rig.Crm.All(MentionTable.LogicalName).Select(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId)).ToArray());
        Assert.IsEmpty(rig.Crm.All(SocialProfileTable.LogicalName).Where(p => p.GetAttributeValue<string>(SocialProfileTable.ExternalUserId) == "u-hal"),
            "nothing of the refused mention was written");
    }
}
