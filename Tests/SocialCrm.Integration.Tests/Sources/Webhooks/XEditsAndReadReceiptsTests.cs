using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

/// <summary>
/// Issue #13: X's edits and read receipts as the Account Activity API delivers them. x-post-edited.json: tweet objects
/// carrying the edit metadata X added to every post (edit_history with initial_tweet_id and edit_tweet_ids,
/// edit_controls, editable; "Each time a Post is edited, a new Post ID is created":
/// https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/edit-tweets), delivered in tweet_create_events
/// (https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects, which
/// says the Account Activity API includes that edit metadata). x-direct-message-read.json: direct_message_mark_read_events
/// as X's read-receipt reference shows the webhook event
/// (https://developer.twitter.com/en/docs/direct-messages/typing-indicator-and-read-receipts/api-reference/new-read-receipt).
/// </summary>
[TestClass]
public sealed class XEditsAndReadReceiptsTests
{
    [TestMethod]
    public async Task An_edited_post_is_an_edit_of_the_original_posts_mention_never_a_second_mention_and_redelivery_changes_nothing()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("x-post-edited.json");

        var first = await server.DeliverXAsync(body);
        var again = await server.DeliverXAsync(body);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        var reply = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual("1895000000000000201", reply.ExternalPostId, "the original post is the mention");
        Assert.AreEqual(MessageType.CommentOrReply, reply.MessageType);
        Assert.AreEqual("1895000000000000150", reply.InReplyToId);
        Assert.AreEqual("@OurBrand 주문한 우산이 아직 안 왔어요 ☔", reply.Text);
        Assert.AreEqual("지우", reply.Author.DisplayName);
        var edit = (await server.Edits.DueEditsAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(new MentionEdit(SocialPlatform.X, "1895000000000000201", "@OurBrand 주문한 우산이 아직 안 왔어요 ☔ 주문번호 4471 😞",
            new DateTimeOffset(2025, 3, 1, 10, 5, 0, TimeSpan.Zero)), edit);
        Assert.AreEqual(2, server.Log.Messages.Count(m => m == "webhook:x delivery: 1 queued, 0 removals, 1 edits, 0 dead-lettered, ignored: own post edit 1."),
            "each delivery says what it held; the brand's own edited reply is neither a mention nor an edit");
    }

    /// <summary>
    /// Issue #13: X gives each edit a new post id and deletes a post's whole edit chain with any one of its versions
    /// ("if any Post in the edit chain is deleted, all Posts in that chain are deleted as well",
    /// https://developer.x.com/en/docs/x-api/edit-tweets); the delete names the version deleted in status.id
    /// (x-tweet-delete-of-edit.json, the tweet_delete_events shape of account-activity-data-objects), here the later one.
    /// </summary>
    [TestMethod]
    public async Task A_delete_naming_an_edited_posts_later_version_deletes_the_original_posts_mention_and_redelivery_changes_nothing()
    {
        await using var server = await WebhookServer.StartAsync();
        await server.DeliverXAsync(Samples.Text("x-post-edited.json"));

        var delete = await server.DeliverXAsync(Samples.Text("x-tweet-delete-of-edit.json"));
        var again = await server.DeliverXAsync(Samples.Text("x-tweet-delete-of-edit.json"));

        Assert.AreEqual(HttpStatusCode.OK, delete.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        Assert.AreEqual(new MentionRemoval(SocialPlatform.X, "1895000000000000201", MentionStatus.DeletedByAuthor),
            (await server.Removals.DueAsync(10, CancellationToken.None)).Single(), "the original's mention is the one deleted, once");
        Assert.IsEmpty(await server.Edits.DueEditsAsync(10, CancellationToken.None), "the deleted post's edit never brings its text back");
    }

    /// <summary>Issue #13: the delete of the later version overtook the post and its edit on the way.</summary>
    [TestMethod]
    public async Task A_delete_naming_a_later_version_that_comes_before_the_post_keeps_the_post_and_its_edit_out()
    {
        await using var server = await WebhookServer.StartAsync();
        await server.DeliverXAsync(Samples.Text("x-tweet-delete-of-edit.json"));

        await server.DeliverXAsync(Samples.Text("x-post-edited.json"));

        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending, "the deleted post never becomes a mention");
        Assert.IsEmpty(await server.Edits.DueEditsAsync(10, CancellationToken.None));
        CollectionAssert.Contains((await server.Removals.DueAsync(10, CancellationToken.None)).ToList(),
            new MentionRemoval(SocialPlatform.X, "1895000000000000201", MentionStatus.DeletedByAuthor), "the original's tombstone");
    }

    [TestMethod]
    public async Task A_direct_message_read_receipt_is_no_mention_and_is_counted_in_its_deliverys_line()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.DeliverXAsync(Samples.Text("x-direct-message-read.json"));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(0, CancellationToken.None)).Pending);
        Assert.IsEmpty(await server.Edits.DueEditsAsync(10, CancellationToken.None));
        Assert.IsEmpty(await server.Removals.DueAsync(10, CancellationToken.None));
        CollectionAssert.Contains(server.Log.Messages.ToList(),
            "webhook:x delivery: 0 queued, 0 removals, 0 edits, 0 dead-lettered, ignored: direct_message_mark_read_events 1.");
    }
}
