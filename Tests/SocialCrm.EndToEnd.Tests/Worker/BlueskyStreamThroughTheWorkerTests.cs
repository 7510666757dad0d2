using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
        await using var rig = await StartListeningAsync(jetstream);

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

    /// <summary>
    /// A handle change is an identity event (https://github.com/bluesky-social/jetstream#consuming-jetstream, every
    /// subscriber gets them): the profile of an author the CRM knows shows the new handle at once, not only after their
    /// next post; a stranger's identity event creates nobody.
    /// </summary>
    [TestMethod]
    public async Task An_authors_handle_change_reaches_their_profile_without_a_new_post()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await StartListeningAsync(jetstream);
        const string Author = "did:plc:eygmaihciaxprqvxpfvl6flk";
        jetstream.Publish(Commit("mention"));
        await StoredMention.EventuallyAsync(rig, MentionUri, _ => true, "the mention lands");

        var renamed = Commit("identity");
        renamed["did"] = Author;
        renamed["identity"]!["did"] = Author;
        renamed["identity"]!["handle"] = "kasa-machi.bsky.social";
        jetstream.Publish(Commit("identity"));
        jetstream.Publish(renamed);

        await Eventually.TrueAsync(() => Task.FromResult(Profiles(rig, Author).SingleOrDefault()?.GetAttributeValue<string>(SocialProfileTable.Handle) == "kasa-machi.bsky.social"),
            "the author's profile shows the new handle", WorkerOnLocalDataverse.Patience);
        Assert.AreEqual("@kasa-machi.bsky.social on Bluesky", Profiles(rig, Author).Single().GetAttributeValue<string>(SocialProfileTable.PrimaryName));
        Assert.IsEmpty(Profiles(rig, "did:plc:ufbl4k27gp6kzas5glhz7fim"), "nobody is created for a stranger's identity event");
    }

    /// <summary>The worker following the brand on <paramref name="jetstream"/>, once it listens.</summary>
    private static async Task<WorkerOnLocalDataverse> StartListeningAsync(JetstreamServer jetstream)
    {
        var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Streams:Bluesky:Did"] = "did:plc:wa7b35aakoll7hugkrjtf3xf",
            ["Streams:Bluesky:JetstreamUrl"] = jetstream.Url.ToString(),
            ["Streams:Bluesky:ReconnectDelay"] = "00:00:00.100",
            // A closed local port: the AppView is not what these tests are about, and tests never reach the internet.
            ["Streams:Bluesky:AppViewUrl"] = "http://127.0.0.1:9/",
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        try
        {
            await rig.StartWorkerAsync();
            await jetstream.ListenedToAsync(WorkerOnLocalDataverse.Patience);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    private static Entity[] Profiles(WorkerOnLocalDataverse rig, string did) =>
        rig.Crm.All(SocialProfileTable.LogicalName, new ConditionExpression(SocialProfileTable.ExternalUserId, ConditionOperator.Equal, did));

    private static JsonNode Commit(string name) => JetstreamServer.DocumentedEvent(name);
}
