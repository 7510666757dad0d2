using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Streams.Bluesky;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Sources.Streams;

/// <summary>
/// Issue #13, Bluesky edits: a commit event whose operation is "update" (Jetstream's commit operations are create,
/// update and delete: https://github.com/bluesky-social/jetstream#example-events) rewrites a post record the brand was
/// mentioned in. The fixture is jetstream-post-commits.json's mention with that operation and a new text.
/// </summary>
[TestClass]
public sealed class BlueskyEditTests
{
    [TestMethod]
    public async Task An_update_commit_of_a_taken_post_is_one_edit_of_its_mention_and_the_replay_after_a_restart_changes_nothing()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = new StreamRig(new Dictionary<string, string?>
        {
            ["Streams:Bluesky:Did"] = BlueskyStreamTests.BrandDid,
            ["Streams:Bluesky:JetstreamUrl"] = jetstream.Url.ToString(),
            ["Streams:Bluesky:ReconnectDelay"] = "00:00:00.050",
            ["Streams:Bluesky:AppViewUrl"] = "http://127.0.0.1:9/",
        });
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);
        jetstream.Publish(JetstreamServer.DocumentedEvent("mention"));
        await rig.QueuedAsync(1);
        var update = JetstreamServer.DocumentedEvent("mention");
        update["commit"]!["operation"] = "update";
        update["commit"]!["rev"] = "3l3qo2vutsw3b";
        update["commit"]!["record"]!["text"] = "@socialcrm.example 傘が届きました、ありがとう 🙏";
        var editedAt = jetstream.Publish(update);
        await rig.CursorSavedAsync(JetstreamConsumerService.Cursor, editedAt.ToString(CultureInfo.InvariantCulture));

        // A restart rewinds a few seconds: the post and its update are delivered again.
        await rig.StopAsync();
        await rig.StartAsync();
        var after = jetstream.Publish(JetstreamServer.DocumentedEvent("reply"));
        await rig.CursorSavedAsync(JetstreamConsumerService.Cursor, after.ToString(CultureInfo.InvariantCulture));

        const string uri = "at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b";
        var edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.Bluesky, uri, "@socialcrm.example 傘が届きました、ありがとう 🙏",
            DateTimeOffset.FromUnixTimeMilliseconds(editedAt / 1000)), edit);
        var queued = (await rig.QueuedAsync(2)).Select(m => m.Mention).ToList();
        Assert.AreEqual(1, queued.Count(m => m.ExternalPostId == uri), "the replayed post is still one mention");
        Assert.AreEqual("@socialcrm.example 注文した傘がまだ届きません 😞", queued.Single(m => m.ExternalPostId == uri).Text,
            "the post keeps its first text until the edit is applied to its mention");
    }
}
