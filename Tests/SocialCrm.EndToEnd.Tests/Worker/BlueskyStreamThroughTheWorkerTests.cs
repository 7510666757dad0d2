using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Networks;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Bluesky through Jetstream, read by the running worker, all the way to mentions in Dataverse: a reply to the brand's
/// post lands in its thread, and its author's delete commit marks it deleted. Events are the Jetstream README's shapes
/// (https://github.com/bluesky-social/jetstream#example-events) carrying documented post records
/// (https://docs.bsky.app/docs/advanced-guides/posts).
/// </summary>
[TestClass]
public sealed class BlueskyStreamThroughTheWorkerTests
{
    private const string MentionUri = "at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b";
    private const string ReplyUri = "at://did:plc:rfov6bpyztcnedeyyzgfq42k/app.bsky.feed.post/3l3qo2vuowo2c";

    [TestMethod]
    public async Task A_mention_and_a_reply_to_the_brand_land_and_a_delete_commit_marks_the_mention_deleted_by_author()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Streams:Bluesky:Did"] = "did:plc:wa7b35aakoll7hugkrjtf3xf",
            ["Streams:Bluesky:JetstreamUrl"] = jetstream.Url.ToString(),
            ["Streams:Bluesky:ReconnectDelay"] = "00:00:00.100",
            // A closed local port: handles are not what this test is about, and tests never reach the internet.
            ["Streams:Bluesky:AppViewUrl"] = "http://127.0.0.1:9/",
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        await rig.StartWorkerAsync();
        await jetstream.ListenedToAsync(WorkerOnLocalDataverse.Patience);

        jetstream.Publish(Commit("mention"));
        jetstream.Publish(Commit("reply"));
        var reply = await StoredMention.EventuallyAsync(rig, ReplyUri, _ => true, "the reply lands");
        Assert.AreEqual("Где мой заказ? 📦", reply.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual((int)SocialPlatform.Bluesky, reply.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual((int)MessageType.CommentOrReply, reply.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
        await StoredMention.EventuallyAsync(rig, MentionUri, _ => true, "the mention lands");

        jetstream.Publish(Commit("delete"));
        var deleted = await StoredMention.EventuallyAsync(rig, MentionUri,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the mention is marked deleted by its author");
        Assert.IsNull(deleted.GetAttributeValue<string>(MentionTable.Description));
    }

    private static JsonNode Commit(string name) => JetstreamServer.DocumentedEvent(name);
}
