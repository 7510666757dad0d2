using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Streams.Bluesky;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Sources.Streams;

/// <summary>
/// Issue #13, Bluesky: Jetstream's post commits, filtered to the brand's DID, into the queue and the removals, resuming
/// from the saved cursor. Fixtures (jetstream-post-commits.json) are the README's event shapes
/// (https://github.com/bluesky-social/jetstream#example-events) carrying app.bsky.feed.post records as docs.bsky.app
/// describes them: mention facets (https://docs.bsky.app/docs/advanced-guides/post-richtext), replies and quote embeds
/// (https://docs.bsky.app/docs/advanced-guides/posts). The brand is did:plc:wa7b35aakoll7hugkrjtf3xf, the author of the
/// post the README's like points at. Authors' handles come from the README's identity event or from a fake AppView's
/// getProfile (<see cref="FakeBlueskyAppView"/>).
/// </summary>
[TestClass]
public sealed class BlueskyStreamTests
{
    public const string BrandDid = "did:plc:wa7b35aakoll7hugkrjtf3xf";

    private static JsonNode Commit(string name) => JetstreamServer.DocumentedEvent(name);

    private const string MentionAuthorDid = "did:plc:eygmaihciaxprqvxpfvl6flk";
    private const string QuoteAuthor = "did:plc:ufbl4k27gp6kzas5glhz7fim";

    /// <param name="appView">The AppView asked for unknown authors' profiles; without one, a closed port (lookups fail).</param>
    private static Dictionary<string, string?> Settings(JetstreamServer jetstream, FakeBlueskyAppView? appView = null) => new()
    {
        ["Streams:Bluesky:Did"] = BrandDid,
        ["Streams:Bluesky:JetstreamUrl"] = jetstream.Url.ToString(),
        ["Streams:Bluesky:ReconnectDelay"] = "00:00:00.050",
        ["Streams:Bluesky:AppViewUrl"] = appView?.Url.ToString() ?? "http://127.0.0.1:9/",
    };

    [TestMethod]
    public async Task A_post_whose_authors_identity_event_came_first_carries_that_handle_and_a_newer_handle_replaces_it()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var appView = await FakeBlueskyAppView.StartAsync();
        await using var rig = new StreamRig(Settings(jetstream, appView));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);

        jetstream.Publish(Commit("identity"));
        jetstream.Publish(Commit("quote"));
        var first = (await rig.QueuedAsync(1)).Single().Mention;
        var renamed = Commit("identity");
        renamed["identity"]!["handle"] = "yo.henrique.example";
        jetstream.Publish(renamed);
        var later = Commit("quote");
        later["commit"]!["rkey"] = "3l3qo2vuowo2z";
        jetstream.Publish(later);
        var second = (await rig.QueuedAsync(2)).Select(m => m.Mention).Single(m => m.ExternalPostId.EndsWith("3l3qo2vuowo2z", StringComparison.Ordinal));

        Assert.AreEqual(QuoteAuthor, first.Author.ExternalId);
        Assert.AreEqual("yohenrique.bsky.social", first.Author.Handle);
        Assert.AreEqual("yo.henrique.example", second.Author.Handle, "the newest identity event wins");
        Assert.IsTrue(appView.Asked.IsEmpty, "an author named by an identity event is not looked up");
    }

    /// <summary>
    /// Issue #13: a handle change reached the CRM only with the person's next post. Jetstream sends every subscriber the
    /// identity events (https://github.com/bluesky-social/jetstream#consuming-jetstream); one naming an author whose post
    /// was taken is a change of their profile, one of anybody else is not the CRM's business.
    /// </summary>
    [TestMethod]
    public async Task An_identity_event_of_an_author_taken_before_changes_their_profile_and_one_of_a_stranger_does_not()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = new StreamRig(Settings(jetstream));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);
        jetstream.Publish(Commit("mention"));
        await rig.QueuedAsync(1);

        jetstream.Publish(Commit("identity"));
        var renamed = Commit("identity");
        renamed["did"] = MentionAuthorDid;
        renamed["identity"]!["did"] = MentionAuthorDid;
        renamed["identity"]!["handle"] = "kasa-machi.bsky.social";
        renamed["identity"]!["time"] = "2024-09-09T20:00:00.250Z";
        jetstream.Publish(renamed);
        await rig.LoggedAsync($"{MentionAuthorDid} is now @kasa-machi.bsky.social");

        // Dated by when the network broadcast it (the event's own time), not by when Jetstream passed it on (time_us).
        var change = (await rig.Services.GetRequiredService<IProfileChangeStore>().DueProfileChangesAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new ProfileChange(SocialPlatform.Bluesky, MentionAuthorDid, "kasa-machi.bsky.social", new DateTimeOffset(2024, 9, 9, 20, 0, 0, 250, TimeSpan.Zero)), change);
    }

    /// <summary>
    /// Issue #13: an account event (the README's, with the state of a takedown: active false, status "takendown", as
    /// com.atproto.sync.subscribeRepos#account gives it) of an author the CRM knows is a change of their profile, dated by
    /// the event's own time; the README's (active) account event of a stranger is not the CRM's business.
    /// </summary>
    [TestMethod]
    public async Task An_account_event_of_an_author_taken_before_changes_their_profile_and_one_of_a_stranger_does_not()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = new StreamRig(Settings(jetstream));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);
        jetstream.Publish(Commit("mention"));
        await rig.QueuedAsync(1);

        jetstream.Publish(Commit("account"));
        var takenDown = Commit("account");
        takenDown["did"] = MentionAuthorDid;
        takenDown["account"]!["did"] = MentionAuthorDid;
        takenDown["account"]!["active"] = false;
        takenDown["account"]!["status"] = "takendown";
        takenDown["account"]!["time"] = "2024-09-09T20:10:00.000Z";
        jetstream.Publish(takenDown);
        await rig.LoggedAsync($"the Bluesky account of {MentionAuthorDid} is TakenDown");

        var change = (await rig.Services.GetRequiredService<IAccountChangeStore>().DueAccountChangesAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new AccountChange(SocialPlatform.Bluesky, MentionAuthorDid, AccountStatus.TakenDown, new DateTimeOffset(2024, 9, 9, 20, 10, 0, TimeSpan.Zero)), change);
    }

    [TestMethod]
    public async Task A_post_by_an_author_no_identity_event_named_gets_handle_and_name_from_the_AppView_once()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var appView = await FakeBlueskyAppView.StartAsync();
        appView.Profiles[MentionAuthorDid] = ("kasa-machi.bsky.social", "傘待ち 🌂");
        await using var rig = new StreamRig(Settings(jetstream, appView));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);

        jetstream.Publish(Commit("mention"));
        var again = Commit("mention");
        again["commit"]!["rkey"] = "3l3qo2vuowo2y";
        jetstream.Publish(again);

        var authors = (await rig.QueuedAsync(2)).Select(m => m.Mention).ToDictionary(m => m.ExternalPostId, m => m.Author);
        Assert.AreEqual(new MentionAuthor(MentionAuthorDid, "kasa-machi.bsky.social", "傘待ち 🌂"),
            authors[$"at://{MentionAuthorDid}/app.bsky.feed.post/3l3qo2vuowo2b"]);
        Assert.AreEqual(new MentionAuthor(MentionAuthorDid, "kasa-machi.bsky.social"), authors[$"at://{MentionAuthorDid}/app.bsky.feed.post/3l3qo2vuowo2y"],
            "the remembered handle; the name already on the profile stays (newest non-empty wins)");
        CollectionAssert.AreEqual(new[] { MentionAuthorDid }, appView.Asked.ToArray(), "a resolved DID is remembered, not asked again");
    }

    [TestMethod]
    public async Task When_the_AppView_fails_the_post_still_lands_with_its_author_as_a_DID()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var appView = await FakeBlueskyAppView.StartAsync();
        appView.Failing = true;
        await using var rig = new StreamRig(Settings(jetstream, appView));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);

        jetstream.Publish(Commit("mention"));

        var mention = (await rig.QueuedAsync(1)).Single().Mention;
        Assert.AreEqual(new MentionAuthor(MentionAuthorDid), mention.Author);
        Assert.AreEqual(1, appView.Asked.Count);
        await rig.LoggedAsync("Bluesky AppView answered 502 for the profile of " + MentionAuthorDid + "; the author stays a DID.");
    }

    [TestMethod]
    public async Task Mentions_replies_and_quotes_of_the_brand_are_queued_and_the_rest_of_the_firehose_is_not()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = new StreamRig(Settings(jetstream));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);

        foreach (var name in new[] { "unrelated", "like", "identity", "mention", "reply", "quote" })
        {
            jetstream.Publish(Commit(name));
        }

        var queued = (await rig.QueuedAsync(3)).Select(m => m.Mention).ToDictionary(m => m.ExternalPostId);
        var mention = queued["at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b"];
        Assert.AreEqual(SocialPlatform.Bluesky, mention.Platform);
        Assert.AreEqual("@socialcrm.example 注文した傘がまだ届きません 😞", mention.Text);
        Assert.AreEqual("ja", mention.Language);
        Assert.AreEqual("did:plc:eygmaihciaxprqvxpfvl6flk", mention.Author.ExternalId);
        Assert.AreEqual("https://bsky.app/profile/did:plc:eygmaihciaxprqvxpfvl6flk/post/3l3qo2vuowo2b", mention.PostUrl);
        var reply = queued["at://did:plc:rfov6bpyztcnedeyyzgfq42k/app.bsky.feed.post/3l3qo2vuowo2c"];
        Assert.AreEqual(MessageType.CommentOrReply, reply.MessageType);
        Assert.AreEqual("at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3pte3p2e325", reply.InReplyToId);
        Assert.AreEqual("This, exactly 👇", queued["at://did:plc:ufbl4k27gp6kzas5glhz7fim/app.bsky.feed.post/3l3qo2vuowo2d"].Text);
        StringAssert.Contains(jetstream.Connections.Single(), "wantedCollections=app.bsky.feed.post");
    }

    [TestMethod]
    public async Task A_delete_commit_of_a_taken_post_is_a_removal_and_other_deletes_are_ignored()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = new StreamRig(Settings(jetstream));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);
        var otherDelete = Commit("delete");
        otherDelete["commit"]!["rkey"] = "3l3dn7tku762u";

        jetstream.Publish(Commit("mention"));
        await rig.QueuedAsync(1);
        jetstream.Publish(otherDelete);
        jetstream.Publish(Commit("delete"));
        await rig.LoggedAsync("stream:bluesky delivery: 0 queued, 1 removals");

        var removal = (await rig.Removals.DueAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionRemoval(SocialPlatform.Bluesky, "at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b", MentionStatus.DeletedByAuthor), removal);
    }

    [TestMethod]
    public async Task A_restarted_worker_resumes_a_few_seconds_before_its_saved_cursor_and_misses_nothing()
    {
        await using var jetstream = await JetstreamServer.StartAsync();
        await using var rig = new StreamRig(Settings(jetstream));
        await rig.StartAsync();
        await jetstream.ListenedToAsync(StreamRig.Patience);
        var seen = jetstream.Publish(Commit("mention"));
        await rig.QueuedAsync(1);
        await rig.CursorSavedAsync(JetstreamConsumerService.Cursor, seen.ToString(CultureInfo.InvariantCulture));
        await rig.StopAsync();

        jetstream.Publish(Commit("reply"));
        await rig.StartAsync();

        var queued = (await rig.QueuedAsync(2)).Select(m => m.Mention.ExternalPostId).Order().ToList();
        CollectionAssert.AreEqual(new[]
        {
            "at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b",
            "at://did:plc:rfov6bpyztcnedeyyzgfq42k/app.bsky.feed.post/3l3qo2vuowo2c",
        }, queued, "the post made while stopped is replayed; the one replayed again by the rewind is still one mention");
        StringAssert.Contains(jetstream.Connections.Last(), "cursor=" + (seen - 5_000_000), "five seconds before the saved cursor");
    }

    [TestMethod]
    public async Task Without_the_brands_DID_the_Bluesky_stream_stays_off_and_says_so()
    {
        await using var rig = new StreamRig([]);
        await rig.StartAsync();

        await rig.LoggedAsync("Bluesky stream is off: set Streams:Bluesky:Did to follow an account.");
    }
}
