using System;
using System.Collections.Generic;
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
public sealed partial class BlueskyStreamThroughTheWorkerTests
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

    /// <summary>
    /// Issue #13: a post its author made before changing their handle, held up on its way (here: in an export imported
    /// later), reaches the CRM after the handle change; the profile keeps the new handle, since the network said it later.
    /// </summary>
    [TestMethod]
    public async Task A_post_by_the_old_handle_arriving_after_the_handle_change_does_not_put_the_old_handle_back()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await StartListeningAsync(jetstream);
        await PostedAsTheOldHandleAsync(jetstream, rig);
        jetstream.Publish(Identity(Author, "kasa.example.com", "2024-09-09T20:00:00.000Z"));
        await HandleAsync(rig, "kasa.example.com", "the profile takes the handle change");

        await ImportAsync(rig, "3l3qo2vuowo2e", "kasa-machi.bsky.social", "2024-09-09T19:50:00Z");

        Assert.AreEqual("kasa.example.com", Profiles(rig, Author).Single().GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual("@kasa.example.com on Bluesky", Profiles(rig, Author).Single().GetAttributeValue<string>(SocialProfileTable.PrimaryName));
    }

    /// <summary>
    /// Issue #13: the handle change is dated by the identity event's own time (com.atproto.sync.subscribeRepos#identity
    /// "time", passed on by Jetstream), not by when its call reaches Dataverse: a post made after it, which reached the
    /// CRM first with the handle the author took next, is not undone by it.
    /// </summary>
    [TestMethod]
    public async Task A_handle_change_that_a_later_post_overtook_does_not_undo_the_posts_handle()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await StartListeningAsync(jetstream);
        await PostedAsTheOldHandleAsync(jetstream, rig);
        await ImportAsync(rig, "3l3qo2vuowo2f", "kasa.example.org", "2024-09-09T20:10:00Z");
        await HandleAsync(rig, "kasa.example.org", "the later post sets its handle");

        jetstream.Publish(Identity(Author, "kasa.example.com", "2024-09-09T20:00:00.000Z"));
        await Eventually.TrueAsync(() => Task.FromResult(ProfileChangeApplied(rig, "kasa.example.com")), "the worker sent the handle change", WorkerOnLocalDataverse.Patience);

        Assert.AreEqual("kasa.example.org", Profiles(rig, Author).Single().GetAttributeValue<string>(SocialProfileTable.Handle));
    }

    /// <summary>
    /// Issue #13: an author's account taken down, then back (Jetstream passes on com.atproto.sync.subscribeRepos#account,
    /// https://github.com/bluesky-social/jetstream#example-events): their profile says so each time, without a new post;
    /// a stranger's account event creates nobody.
    /// </summary>
    [TestMethod]
    public async Task An_authors_account_taken_down_and_back_shows_on_their_profile_each_time()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = await StartListeningAsync(jetstream);
        jetstream.Publish(Commit("mention"));
        await StoredMention.EventuallyAsync(rig, MentionUri, _ => true, "the mention lands");

        jetstream.Publish(Commit("account"));
        jetstream.Publish(Account(Author, active: false, "takendown", "2024-09-09T20:10:00.000Z"));
        await AccountStatusAsync(rig, AccountStatus.TakenDown, "the profile shows the takedown");
        jetstream.Publish(Account(Author, active: true, null, "2024-09-10T08:00:00.000Z"));
        await AccountStatusAsync(rig, AccountStatus.Active, "the profile shows the account back");

        Assert.IsNull(Profiles(rig, Author).Single().GetAttributeValue<string>(SocialProfileTable.Handle), "the account event says nothing of the handle");
        Assert.IsEmpty(Profiles(rig, "did:plc:ufbl4k27gp6kzas5glhz7fim"), "nobody is created for a stranger's account event");
    }

    private static Task AccountStatusAsync(WorkerOnLocalDataverse rig, AccountStatus status, string what) =>
        Eventually.TrueAsync(() => Task.FromResult(Profiles(rig, Author).SingleOrDefault()?.GetAttributeValue<OptionSetValue>(SocialProfileTable.AccountStatus)?.Value == (int)status),
            what, WorkerOnLocalDataverse.Patience);

    /// <summary>The README's account event, of <paramref name="did"/> in the given state at <paramref name="time"/>.</summary>
    private static JsonNode Account(string did, bool active, string? status, string time)
    {
        var account = Commit("account");
        account["did"] = did;
        account["account"]!["did"] = did;
        account["account"]!["active"] = active;
        account["account"]!["time"] = time;
        if (status != null)
        {
            account["account"]!["status"] = status;
        }

        return account;
    }

    private const string Author = "did:plc:eygmaihciaxprqvxpfvl6flk";

    // The author was kasa-machi.bsky.social (an identity event at 19:40) when they mentioned the brand at 19:46.
    private static async Task PostedAsTheOldHandleAsync(JetstreamServer jetstream, WorkerOnLocalDataverse rig)
    {
        jetstream.Publish(Identity(Author, "kasa-machi.bsky.social", "2024-09-09T19:40:00.000Z"));
        jetstream.Publish(Commit("mention"));
        await StoredMention.EventuallyAsync(rig, MentionUri, _ => true, "the mention lands");
        await HandleAsync(rig, "kasa-machi.bsky.social", "the mention gives its author's handle");
    }

    /// <summary>A post of <see cref="Author"/> from an export, as the import command takes it, once it is stored.</summary>
    private static async Task ImportAsync(WorkerOnLocalDataverse rig, string rkey, string handle, string postedOn)
    {
        var uri = $"at://{Author}/app.bsky.feed.post/{rkey}";
        var file = MentionFile.WriteJsonLines(rig.Folder, rkey + ".jsonl", new
        {
            platform = "bluesky", externalPostId = uri, authorExternalId = Author, authorHandle = handle, text = "傘の在庫はありますか？", postedOn,
        });
        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);
        await StoredMention.EventuallyAsync(rig, uri, _ => true, "the imported post lands");
    }

    private static Task HandleAsync(WorkerOnLocalDataverse rig, string handle, string what) =>
        Eventually.TrueAsync(() => Task.FromResult(Profiles(rig, Author).SingleOrDefault()?.GetAttributeValue<string>(SocialProfileTable.Handle) == handle),
            what, WorkerOnLocalDataverse.Patience);

    /// <summary>Whether the worker has sent the change to <paramref name="handle"/> and Dataverse took the call: its row
    /// in the worker's removals.db (beside the queue) is applied.</summary>
    private static bool ProfileChangeApplied(WorkerOnLocalDataverse rig, string handle) =>
        (long)Removals(rig, "SELECT count(*) FROM profile_changes WHERE user_id = $did AND handle = $value AND state = 'applied';", handle)! == 1;

    /// <summary>The README's identity event, of <paramref name="did"/> taking <paramref name="handle"/> at <paramref name="time"/>.</summary>
    private static JsonNode Identity(string did, string handle, string time)
    {
        var identity = Commit("identity");
        identity["did"] = did;
        identity["identity"]!["did"] = did;
        identity["identity"]!["handle"] = handle;
        identity["identity"]!["time"] = time;
        return identity;
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
