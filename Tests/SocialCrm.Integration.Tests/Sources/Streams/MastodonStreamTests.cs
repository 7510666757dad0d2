using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Extensions.DependencyInjection;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources;
using SocialCrm.Integration.Sources.Streams;
using SocialCrm.Integration.Sources.Streams.Mastodon;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Sources.Streams;

/// <summary>
/// Issue #13, Mastodon: the brand's user and direct streams, over WebSocket and server-sent events, into the queue, the
/// removals and the edits. Fixtures: mastodon-notification-mention.json is the documented notification event of the
/// user stream, mastodon-conversation.json the documented conversation event of the direct stream
/// (https://docs.joinmastodon.org/methods/streaming/#user, #direct); edits and other kinds change the documented
/// Status and Notification fields (https://docs.joinmastodon.org/entities/Status/, /Notification/).
/// </summary>
[TestClass]
public sealed class MastodonStreamTests
{
    private const string Japanese = "注文した傘がまだ届きません 😞 Где мой заказ?";

    private static Dictionary<string, string?> Settings(MastodonStreamingServer mastodon, string transport) => new()
    {
        ["Streams:Mastodon:InstanceUrl"] = mastodon.Url.ToString(),
        ["Streams:Mastodon:AccessToken"] = mastodon.AcceptedToken,
        ["Streams:Mastodon:Transport"] = transport,
        ["Streams:Mastodon:ReconnectDelay"] = "00:00:00.050",
        ["Removals:IdleDelay"] = "00:00:00.050",
    };

    private static string Notification(string notificationId, string statusId, string text, string type = "mention", string? editedAt = null) =>
        MastodonStreamingServer.MentionNotification(notificationId, statusId, text, type, editedAt);

    private static string Status(string notification) => MastodonStreamingServer.StatusOf(notification);

    [TestMethod]
    [DataRow("WebSocket", DisplayName = "WebSocket (payload double-encoded)")]
    [DataRow("ServerSentEvents", DisplayName = "Server-sent events")]
    public async Task A_streamed_mention_of_the_account_is_queued_as_a_Mastodon_mention_with_its_text_author_and_link(string transport)
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, transport));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);

        mastodon.Mention(Notification("68739215", "108914343542683797", Japanese));
        mastodon.Publish("user", "update", Status(Notification("1", "108914327388663283", "home timeline")));
        mastodon.Publish("user", "filters_changed", "undefined");
        mastodon.Mention(Notification("68739216", "108914343542683798", "a favourite", type: "favourite"));

        var mention = (await rig.QueuedAsync(1)).Single().Mention;
        Assert.AreEqual(SocialPlatform.Mastodon, mention.Platform);
        Assert.AreEqual("108914343542683797", mention.ExternalPostId);
        Assert.AreEqual("@trwnh " + Japanese, mention.Text);
        Assert.AreEqual(MessageType.PublicPost, mention.MessageType);
        Assert.AreEqual("108892712797543112", mention.Author.ExternalId);
        Assert.AreEqual("a@pl.nulled.red", mention.Author.Handle);
        Assert.AreEqual("https://pl.nulled.red/objects/64b196c6-3bc5-44d5-8ffb-f760235ee6ca", mention.PostUrl);
        Assert.AreEqual(new DateTimeOffset(2022, 8, 30, 23, 9, 52, 359, TimeSpan.Zero), mention.PostedOn);
        await rig.LoggedAsync("stream:mastodon delivery: 0 queued, 0 removals, 0 edits, 0 dead-lettered, ignored: notification favourite 1.");
        await rig.LoggedAsync("ignored: update 1.");
        await rig.LoggedAsync("ignored: filters_changed 1.");
    }

    [TestMethod]
    [DataRow("WebSocket")]
    [DataRow("ServerSentEvents")]
    public async Task A_direct_conversation_becomes_a_private_message_and_the_accounts_own_reply_in_it_is_ignored(string transport)
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, transport));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("direct", StreamRig.Patience);
        var own = JsonNode.Parse(Samples.Text("mastodon-conversation.json"))!;
        own["last_status"]!["id"] = "109346889330629999";
        own["last_status"]!["account"]!["id"] = MastodonStreamingServer.BrandAccountId;

        mastodon.Publish("direct", "conversation", Samples.Text("mastodon-conversation.json"));
        mastodon.Publish("direct", "conversation", own.ToJsonString());

        var message = (await rig.QueuedAsync(1)).Single().Mention;
        Assert.AreEqual("109346889330629417", message.ExternalPostId);
        Assert.AreEqual(MessageType.PrivateMessage, message.MessageType);
        Assert.AreEqual("test @trwnh", message.Text);
        Assert.AreEqual("dm:108892712797543112", message.ThreadId, "each sender's direct messages make one thread");
        await rig.LoggedAsync("ignored: own status 1.");
    }

    [TestMethod]
    public async Task A_delete_is_recorded_as_deleted_by_author_and_the_deleted_status_is_never_queued_after_it()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, "WebSocket"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);

        mastodon.Publish("user", "delete", "108914398911648589");
        await rig.LoggedAsync("0 queued, 1 removals");
        mastodon.Mention(Notification("68739300", "108914398911648589", "deleted later"));
        mastodon.Mention(Notification("68739301", "108914398911648590", Japanese));

        var queued = await rig.QueuedAsync(1);
        Assert.AreEqual("108914398911648590", queued.Single().Mention.ExternalPostId, "the deleted status stays out");
        var removal = (await rig.Removals.DueAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionRemoval(SocialPlatform.Mastodon, "108914398911648589", MentionStatus.DeletedByAuthor), removal);
    }

    [TestMethod]
    public async Task The_newest_edit_of_a_mention_wins_and_an_older_or_repeated_edit_changes_nothing()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, "WebSocket"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);

        mastodon.Publish("user", "status.update", Status(Notification("0", "108914343542683797", "second 😀", editedAt: "2022-08-30T23:20:00.000Z")));
        mastodon.Publish("user", "status.update", Status(Notification("0", "108914343542683797", "first", editedAt: "2022-08-30T23:15:00.000Z")));
        mastodon.Publish("user", "status.update", Status(Notification("0", "108914343542683797", "second 😀", editedAt: "2022-08-30T23:20:00.000Z")));
        var notMentioning = JsonNode.Parse(Status(Notification("0", "108914343542683700", "someone else's")))!;
        notMentioning["mentions"] = new JsonArray();
        notMentioning["edited_at"] = "2022-08-30T23:20:00.000Z";
        mastodon.Publish("user", "status.update", notMentioning.ToJsonString());
        await rig.LoggedAsync("ignored: status.update not mentioning the account 1.");

        var edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.Mastodon, "108914343542683797", "@trwnh second 😀", new DateTimeOffset(2022, 8, 30, 23, 20, 0, TimeSpan.Zero)), edit);
    }

    [TestMethod]
    [DataRow("WebSocket")]
    [DataRow("ServerSentEvents")]
    public async Task Mentions_made_while_the_worker_was_stopped_are_caught_up_from_the_last_notification_it_saw(string transport)
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, transport));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        mastodon.Mention(Notification("68739215", "108914343542683797", "seen live"));
        await rig.QueuedAsync(1);
        await rig.CursorSavedAsync(MastodonStreamingService.Cursor, "68739215");
        await rig.StopAsync();

        mastodon.AddNotification(Notification("68739216", "108914343542683798", "while away"));
        mastodon.AddNotification(Notification("68739217", "108914343542683799", Japanese, editedAt: "2022-08-30T23:30:00.000Z"));
        await rig.StartAsync();

        var queued = (await rig.QueuedAsync(3)).Select(m => m.Mention.ExternalPostId).Order().ToList();
        CollectionAssert.AreEqual(new[] { "108914343542683797", "108914343542683798", "108914343542683799" }, queued);
        Assert.AreEqual("68739215", mastodon.CatchUpRequests.Last(), "the restart asks only for what came after the last notification seen");
        // The intake queues the mentions before it records the edit: wait for the edit itself.
        await rig.UntilAsync(async () => (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Count > 0, "the caught-up edit is recorded");
        var edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual("108914343542683799", edit.ExternalPostId, "a caught-up status that was edited carries its edit");
    }

    [TestMethod]
    public async Task A_dropped_stream_reconnects_and_catches_up_what_came_meanwhile()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, "ServerSentEvents"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        mastodon.Mention(Notification("68739215", "108914343542683797", "before"));
        await rig.QueuedAsync(1);

        mastodon.DropConnections();
        mastodon.AddNotification(Notification("68739216", "108914343542683798", "while dropped"));

        var queued = (await rig.QueuedAsync(2)).Select(m => m.Mention.ExternalPostId).Order().ToList();
        CollectionAssert.AreEqual(new[] { "108914343542683797", "108914343542683798" }, queued);
        await rig.LoggedAsync("was closed by the server; reconnecting.");
    }

    /// <summary>
    /// The streams replay neither deletes nor edits: on reconnect the statuses taken recently are re-read through GET
    /// /api/v1/statuses?id[]=… (https://docs.joinmastodon.org/methods/statuses/#index), whose answer leaves out a status
    /// that "does not exist or cannot be accessed given the current credentials": one left out is no longer visible, not
    /// proven deleted.
    /// </summary>
    [TestMethod]
    [DataRow("WebSocket")]
    [DataRow("ServerSentEvents")]
    public async Task A_status_gone_from_view_and_one_edited_while_the_worker_was_stopped_are_marked_no_longer_visible_and_edited_when_it_reconnects_once(string transport)
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, transport));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        mastodon.Mention(Notification("68739215", "108914343542683797", "unchanged"));
        mastodon.Mention(Notification("68739216", "108914343542683798", "deleted while away"));
        mastodon.Mention(Notification("68739217", "108914343542683799", "edited while away"));
        await rig.QueuedAsync(3);
        await rig.CursorSavedAsync(MastodonStreamingService.Cursor, "68739217");
        await rig.StopAsync();

        mastodon.DeleteStatus("108914343542683798");
        mastodon.EditStatus("108914343542683799", Japanese, "2022-08-31T08:00:00.000Z");
        await rig.StartAsync();
        await rig.LoggedAsync("stream:mastodon delivery: 0 queued, 1 removals, 1 edits");

        var removal = (await rig.Removals.DueAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionRemoval(SocialPlatform.Mastodon, "108914343542683798", MentionStatus.NoLongerVisible), removal);
        Assert.IsFalse(removal.ErasesContent, "a status only gone from view keeps its text");
        var edit = (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.Mastodon, "108914343542683799", "@trwnh " + Japanese, new DateTimeOffset(2022, 8, 31, 8, 0, 0, TimeSpan.Zero)), edit);
        CollectionAssert.AreEquivalent(new[] { "108914343542683797", "108914343542683798", "108914343542683799" }, mastodon.StatusesRequests.Last());

        await rig.StopAsync();
        var opened = mastodon.ConnectionsOpened;
        await rig.StartAsync();
        await OpenedMoreThanAsync(mastodon, opened);

        CollectionAssert.AreEquivalent(new[] { "108914343542683797", "108914343542683799" }, mastodon.StatusesRequests.Last(), "a deleted status is not asked for again");
        Assert.AreEqual(removal, (await rig.Removals.DueAsync(10, CancellationToken.None)).Single(), "redelivery removes nothing more");
        Assert.AreEqual(edit, (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single(), "redelivery edits nothing more");
        Assert.AreEqual(1, rig.Log.Messages.Count(m => m.Contains("1 removals, 1 edits", StringComparison.Ordinal)), "the second reconnect delivers no change");
        CollectionAssert.AreEquivalent(new[] { "108914343542683797", "108914343542683798", "108914343542683799" },
            (await rig.QueuedAsync(3)).Select(m => m.Mention.ExternalPostId).ToList(), "no mention is queued again");
    }

    /// <summary>A status the re-read no longer finds may only be hidden from the brand; its author's streamed delete
    /// (https://docs.joinmastodon.org/methods/streaming/#delete) is what proves it deleted, and then its text goes.</summary>
    [TestMethod]
    public async Task A_status_no_longer_visible_becomes_deleted_by_author_only_when_its_delete_is_streamed()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, "WebSocket"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        mastodon.Mention(Notification("68739215", "108914343542683798", "blocked us later"));
        await rig.QueuedAsync(1);
        mastodon.DeleteStatus("108914343542683798");
        mastodon.DropConnections();
        await rig.LoggedAsync("stream:mastodon delivery: 0 queued, 1 removals");
        Assert.AreEqual(MentionStatus.NoLongerVisible, (await rig.Removals.DueAsync(10, CancellationToken.None)).Single().Status);
        await OpenedMoreThanAsync(mastodon, 1);

        mastodon.Publish("user", "delete", "108914343542683798");

        using var deadline = new CancellationTokenSource(StreamRig.Patience);
        var removal = (await rig.Removals.DueAsync(10, CancellationToken.None)).Single();
        while (removal.Status != MentionStatus.DeletedByAuthor)
        {
            await Task.Delay(20, deadline.Token);
            removal = (await rig.Removals.DueAsync(10, CancellationToken.None)).Single();
        }

        Assert.AreEqual(new MentionRemoval(SocialPlatform.Mastodon, "108914343542683798", MentionStatus.DeletedByAuthor), removal);
        Assert.IsTrue(removal.ErasesContent);
    }

    /// <summary>
    /// GET /api/v1/statuses leaves out a status that "cannot be accessed given the current credentials"
    /// (https://docs.joinmastodon.org/methods/statuses/#index), which can end (an unblock, a suspension lifted): the
    /// statuses no longer visible are looked for again, at most 20 ids a call (Mastodon's limit), and one answered again
    /// reopens its mention with its current text, after which its streamed status.update edits apply. Its author's
    /// streamed delete (https://docs.joinmastodon.org/methods/streaming/#delete) is final: that one never reopens.
    /// </summary>
    [TestMethod]
    public async Task A_status_no_longer_visible_that_is_answered_again_reopens_with_its_current_text_and_takes_later_edits_and_a_deleted_one_never_does()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        var settings = Settings(mastodon, "WebSocket");
        settings["Streams:Mastodon:VisibilityRecheckDelay"] = "00:00:00.100";
        settings["Streams:Mastodon:MaxVisibilityRecheckDelay"] = "00:00:00.200";
        await using var rig = new StreamRig(settings);
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        var ids = Enumerable.Range(0, 22).Select(i => (108914343542683700L + i).ToString(CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            mastodon.Mention(Notification((68739200 + i).ToString(CultureInfo.InvariantCulture), ids[i], "visible " + i));
        }

        await rig.QueuedAsync(22);
        await rig.CursorSavedAsync(MastodonStreamingService.Cursor, "68739221");

        // The authors block the brand: the reconnect's re-read no longer finds any of them.
        ids.ForEach(mastodon.DeleteStatus);
        mastodon.DropConnections();
        await rig.UntilAsync(async () => (await rig.Removals.DueAsync(100, CancellationToken.None)).Count(r => r.Status == MentionStatus.NoLongerVisible) == 22,
            "the 22 statuses are marked no longer visible");
        await OpenedMoreThanAsync(mastodon, 1);
        mastodon.Publish("user", "delete", ids[0]);
        await rig.UntilAsync(async () => !(await HiddenAsync(rig)).Contains(ids[0]), "the deleted status is no longer looked for");

        mastodon.ShowStatusAgain(ids[0]);
        mastodon.ShowStatusAgain(ids[1], Japanese, "2022-08-31T08:00:00.000Z");
        ids.Skip(2).ToList().ForEach(id => mastodon.ShowStatusAgain(id));
        // The reopening (the intake) and the end of the looking (streams.db) are two writes: wait for both effects.
        await rig.UntilAsync(async () => (await rig.Edits.DueEditsAsync(100, CancellationToken.None)).Count == 21 && (await HiddenAsync(rig)).Count == 0,
            "the 21 statuses answered again reopen and are no longer looked for");

        var edits = (await rig.Edits.DueEditsAsync(100, CancellationToken.None)).ToDictionary(edit => edit.ExternalPostId);
        Assert.AreEqual(new MentionEdit(SocialPlatform.Mastodon, ids[1], "@trwnh " + Japanese, new DateTimeOffset(2022, 8, 31, 8, 0, 0, TimeSpan.Zero), VisibleAgain: true),
            edits[ids[1]], "its current text, as edited while it was hidden");
        Assert.AreEqual(new MentionEdit(SocialPlatform.Mastodon, ids[2], "@trwnh visible 2", new DateTimeOffset(2022, 8, 30, 23, 9, 52, 359, TimeSpan.Zero), VisibleAgain: true),
            edits[ids[2]], "never edited: dated by its creation");
        Assert.IsTrue(edits.Values.All(edit => edit.VisibleAgain));
        Assert.IsFalse(edits.ContainsKey(ids[0]), "a status its author deleted never reopens");
        Assert.AreEqual(new MentionRemoval(SocialPlatform.Mastodon, ids[0], MentionStatus.DeletedByAuthor), (await rig.Removals.DueAsync(100, CancellationToken.None)).Single());
        Assert.IsEmpty(await HiddenAsync(rig), "nothing is looked for any more");
        Assert.IsTrue(mastodon.StatusesRequests.All(asked => asked.Length <= MastodonApiClient.StatusesPerCall), "at most 20 ids a call");

        mastodon.Publish("user", "status.update", Status(Notification("0", ids[1], "later edit", editedAt: "2022-08-31T09:00:00.000Z")));
        await rig.UntilAsync(async () => (await rig.Edits.DueEditsAsync(100, CancellationToken.None)).Any(edit => edit.Text == "@trwnh later edit"), "the later edit applies");
        var later = (await rig.Edits.DueEditsAsync(100, CancellationToken.None)).Single(edit => edit.ExternalPostId == ids[1]);
        Assert.IsTrue(later.VisibleAgain, "the mention not reopened yet still reopens, with the later text");

        // Redelivery: a reconnect re-reads the reopened statuses and finds nothing new.
        var before = (await rig.Edits.DueEditsAsync(100, CancellationToken.None)).OrderBy(edit => edit.ExternalPostId).ToList();
        var opened = mastodon.ConnectionsOpened;
        var asked = mastodon.StatusesRequests.Count;
        mastodon.DropConnections();
        await OpenedMoreThanAsync(mastodon, opened);
        CollectionAssert.AreEqual(before, (await rig.Edits.DueEditsAsync(100, CancellationToken.None)).OrderBy(edit => edit.ExternalPostId).ToList());
        // Nothing is hidden any more, so every call since the drop is the reconnect's re-read (done before it connected).
        CollectionAssert.AreEquivalent(ids.Skip(1).ToList(), mastodon.StatusesRequests.Skip(asked).SelectMany(ids => ids).ToList(),
            "the reconnect re-reads the 21 reopened statuses, each once, and not the deleted one");
    }

    /// <summary>
    /// The look for statuses no longer visible runs beside the stream: a status its author deleted while it was being
    /// looked for, answered in that look (as by a server still serving it), keeps its mention deleted and is never
    /// re-read by a reconnect, whichever of the two finished first.
    /// </summary>
    [TestMethod]
    public async Task A_status_deleted_while_it_is_looked_for_again_stays_deleted_and_is_not_re_read()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, "WebSocket"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        var delivery = rig.Services.GetRequiredService<MastodonDelivery>();
        const string Kept = "108914343542683797", Deleted = "108914343542683798";
        await delivery.DeliverAsync([.. MastodonEvents.Read(new StreamEvent(MastodonEvents.Notification, Notification("68739215", Kept, "kept")), MastodonStreamingServer.BrandAccountId),
            .. MastodonEvents.Read(new StreamEvent(MastodonEvents.Notification, Notification("68739216", Deleted, "deleted")), MastodonStreamingServer.BrandAccountId)],
            CancellationToken.None);
        await delivery.DeliverAsync([Gone(Kept, MentionStatus.NoLongerVisible), Gone(Deleted, MentionStatus.NoLongerVisible)], CancellationToken.None);

        // The look read both as due; the author's delete is streamed before the look's answer is delivered.
        await delivery.DeliverAsync([Gone(Deleted, MentionStatus.DeletedByAuthor)], CancellationToken.None);
        await delivery.DeliverVisibleAgainAsync([MastodonEvents.VisibleAgain(Status(Notification("0", Kept, "kept"))).Input,
            MastodonEvents.VisibleAgain(Status(Notification("0", Deleted, "deleted"))).Input], CancellationToken.None);

        var recent = await rig.Services.GetRequiredService<StreamStateStore>().RecentAsync(MastodonStreamingService.Source, DateTimeOffset.MinValue, CancellationToken.None);
        CollectionAssert.AreEqual(new[] { Kept }, recent.Select(post => post.PostId).ToList(), "only the status answered again is re-read on reconnect");
        Assert.IsEmpty(await HiddenAsync(rig), "neither is looked for any more");
        Assert.AreEqual(new MentionRemoval(SocialPlatform.Mastodon, Deleted, MentionStatus.DeletedByAuthor), (await rig.Removals.DueAsync(10, CancellationToken.None)).Single());
        Assert.AreEqual(Kept, (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single().ExternalPostId, "only the one answered again reopens");
    }

    private static SourcedInput Gone(string statusId, MentionStatus status) =>
        new(null, $"status {statusId} gone", Removal: new MentionRemoval(SocialPlatform.Mastodon, statusId, status));

    /// <summary>
    /// Issue #13: the streaming server sends status.update only to those who can see the status
    /// (https://docs.joinmastodon.org/methods/streaming/#status.update), so an update of a status the CRM has as "No
    /// longer visible" reopens its mention with the updated text at once, without waiting for the next look for hidden
    /// statuses (here ten minutes away, the default); the update streamed again changes nothing.
    /// </summary>
    [TestMethod]
    public async Task A_streamed_update_of_a_status_no_longer_visible_reopens_it_with_its_text_at_once()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = new StreamRig(Settings(mastodon, "WebSocket"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        mastodon.Mention(Notification("68739215", "108914343542683798", "blocked us for a while"));
        await rig.QueuedAsync(1);
        mastodon.DeleteStatus("108914343542683798");
        mastodon.DropConnections();
        await rig.LoggedAsync("stream:mastodon delivery: 0 queued, 1 removals");
        await OpenedMoreThanAsync(mastodon, 1);

        var update = Status(Notification("0", "108914343542683798", Japanese, editedAt: "2022-08-31T08:00:00.000Z"));
        mastodon.Publish("user", "status.update", update);
        mastodon.Publish("user", "status.update", update);
        // The edit and the end of the looking are two writes: wait for both effects before asserting them.
        await rig.UntilAsync(async () => (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Count == 1 && (await HiddenAsync(rig)).Count == 0,
            "the update reopens the mention and it is no longer looked for");

        Assert.AreEqual(new MentionEdit(SocialPlatform.Mastodon, "108914343542683798", "@trwnh " + Japanese, new DateTimeOffset(2022, 8, 31, 8, 0, 0, TimeSpan.Zero),
            VisibleAgain: true), (await rig.Edits.DueEditsAsync(10, CancellationToken.None)).Single());
        Assert.IsEmpty(await rig.Removals.DueAsync(10, CancellationToken.None), "it is no longer taken as gone");
        Assert.IsEmpty(await HiddenAsync(rig), "nor looked for any more");
    }

    private static async Task<IReadOnlyList<string>> HiddenAsync(StreamRig rig) =>
        (await rig.Services.GetRequiredService<StreamStateStore>().DueHiddenAsync(MastodonStreamingService.Source, DateTimeOffset.MaxValue,
            DateTimeOffset.MinValue, 1000, CancellationToken.None)).Select(post => post.PostId).ToList();

    [TestMethod]
    public async Task A_server_older_than_4_3_is_streamed_without_the_recheck_and_says_so_once()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        mastodon.OffersStatusesByIds = false;
        await using var rig = new StreamRig(Settings(mastodon, "WebSocket"));
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);
        mastodon.Mention(Notification("68739215", "108914343542683797", "before"));
        await rig.QueuedAsync(1);

        mastodon.DropConnections();
        mastodon.AddNotification(Notification("68739216", "108914343542683798", "while dropped"));
        await rig.QueuedAsync(2);
        await OpenedMoreThanAsync(mastodon, 1);
        mastodon.DropConnections();
        mastodon.AddNotification(Notification("68739217", "108914343542683799", "after"));

        await rig.QueuedAsync(3);
        Assert.AreEqual(1, rig.Log.Messages.Count(m => m.Contains("has no GET /api/v1/statuses (it is older than 4.3)", StringComparison.Ordinal)));
        Assert.IsEmpty(await rig.Removals.DueAsync(10, CancellationToken.None), "nothing is taken as deleted");
    }

    /// <summary>Waits until the stream opened more than <paramref name="opened"/> connections in all (it connects after its
    /// catch-up and recheck, so those are done) and listens to the user stream.</summary>
    private static async Task OpenedMoreThanAsync(MastodonStreamingServer mastodon, int opened)
    {
        using var deadline = new CancellationTokenSource(StreamRig.Patience);
        while (Volatile.Read(ref mastodon.ConnectionsOpened) <= opened)
        {
            await Task.Delay(20, deadline.Token);
        }

        await mastodon.ListenedToAsync("user", StreamRig.Patience);
    }

    /// <summary>
    /// A server-sent events connection that goes silent (no event and no heartbeat comment, as a connection a proxy or a
    /// dead peer left open) is given up after Streams:Mastodon:ReadTimeout, and what came meanwhile is caught up.
    /// </summary>
    [TestMethod]
    public async Task A_silent_server_sent_events_connection_is_given_up_after_the_read_timeout_and_what_it_missed_is_caught_up()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        var settings = Settings(mastodon, "ServerSentEvents");
        settings["Streams:Mastodon:ReadTimeout"] = "00:00:00.500";
        await using var rig = new StreamRig(settings);
        await rig.StartAsync();
        await mastodon.ListenedToAsync("user", StreamRig.Patience);

        // Only in the notifications API, never streamed: the connection stays open and says nothing.
        mastodon.AddNotification(Notification("68739216", "108914343542683798", "while the stream was silent"));

        var queued = (await rig.QueuedAsync(1)).Single();
        Assert.AreEqual("108914343542683798", queued.Mention.ExternalPostId);
        await rig.LoggedAsync("Nothing arrived for 00:00:00.5000000");
    }

    [TestMethod]
    public async Task A_rejected_token_is_logged_as_credentials_rejected_and_nothing_is_queued()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        var settings = Settings(mastodon, "WebSocket");
        settings["Streams:Mastodon:AccessToken"] = "revoked";
        await using var rig = new StreamRig(settings);
        await rig.StartAsync();

        await rig.LoggedAsync("Mastodon rejected the access token (401): credentials rejected");
        Assert.AreEqual(0, mastodon.ConnectionsOpened);
        var status = (await rig.Services.GetRequiredService<SqliteSourceActivity>().AllAsync(CancellationToken.None)).Single(s => s.Source == "stream:mastodon");
        Assert.IsTrue(status.CredentialsRejected, "`status` says the credentials were rejected");
    }

    [TestMethod]
    public async Task Without_an_access_token_the_Mastodon_stream_stays_off_and_says_so()
    {
        await using var rig = new StreamRig(new Dictionary<string, string?> { ["Streams:Mastodon:InstanceUrl"] = "https://mastodon.example/" });
        await rig.StartAsync();

        await rig.LoggedAsync("Mastodon stream is off: set Streams:Mastodon:InstanceUrl and Streams:Mastodon:AccessToken");
    }
}
