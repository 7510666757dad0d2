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
/// Issue #13: a person's edit of a Page comment or post. meta-feed-edited.json follows the Page feed field, verb
/// "edited" of an item comment or status, with the item's own created_time and the entry's time of the change
/// (https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed), and the Page's edit of its own reply.
/// It used to be read as a new mention, whose Upsert of a stored one is a redelivery that keeps intake's text: the edit
/// never reached the mention.
/// </summary>
[TestClass]
public sealed class MetaFeedEditTests
{
    private static readonly DateTimeOffset EditedAt = DateTimeOffset.FromUnixTimeSeconds(1740824200);

    [TestMethod]
    public async Task An_edited_comment_or_post_is_one_edit_of_its_mention_never_a_mention_and_redelivery_changes_nothing()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("meta-feed-edited.json");

        var first = await server.DeliverMetaAsync(body);
        var again = await server.DeliverMetaAsync(body);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        var edits = (await server.Edits.DueEditsAsync(10, CancellationToken.None)).OrderBy(e => e.ExternalPostId).ToList();
        CollectionAssert.AreEqual(new[]
        {
            new MentionEdit(SocialPlatform.Facebook, "5000_7001", "返金はまだですか？もう三週間です 😡", EditedAt),
            new MentionEdit(SocialPlatform.Facebook, "900_5100", "Обновление: посылка пришла, спасибо! 🙏", EditedAt),
        }, edits);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(10, CancellationToken.None)).Pending, "an edit is never a new mention");
        Assert.AreEqual(2, server.Log.Messages.Count(m => m ==
            "webhook:meta delivery: 0 queued, 0 removals, 2 edits, 0 dead-lettered, ignored: own post edit 1."));
    }

    [TestMethod]
    public async Task An_edit_of_a_comment_its_author_deleted_is_dropped_and_never_brings_its_text_back()
    {
        await using var server = await WebhookServer.StartAsync();
        await server.DeliverMetaAsync(Samples.Text("meta-feed-remove-hide.json"));

        await server.DeliverMetaAsync(Samples.Text("meta-feed-edited.json"));

        var due = await server.Edits.DueEditsAsync(10, CancellationToken.None);
        CollectionAssert.AreEqual(new[] { "900_5100" }, due.Select(e => e.ExternalPostId).ToList(), "only the post nobody removed takes its edit");
        Assert.AreEqual(0, (await server.Queue.StatusAsync(10, CancellationToken.None)).Pending);
    }
}
