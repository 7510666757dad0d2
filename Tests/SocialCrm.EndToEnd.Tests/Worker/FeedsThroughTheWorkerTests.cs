using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// The worker's feed poller reading an Atom feed served on 127.0.0.1, all the way to mentions in Dataverse.
/// https://www.rfc-editor.org/rfc/rfc4287 (Atom), https://www.rfc-editor.org/rfc/rfc9110#section-13.1 (conditional requests)
/// </summary>
[TestClass]
public sealed class FeedsThroughTheWorkerTests
{
    private static readonly DateTimeOffset FirstModified = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task Feed_entries_become_mentions_once_and_the_next_poll_is_conditional_on_the_feeds_validators()
    {
        // The second poll finds the same two entries and a third one, which shows when that poll is done. The blog has
        // moved its posts meanwhile: a redelivered mention takes the post's new address (MentionRedelivery), so an
        // entry queued again would show there, where the upsert hides it everywhere else.
        await using var feed = await FeedServer.StartAsync(
            new FeedVersion(Atom(Entry("post-1", "Shipping delays this week", moved: false), Entry("post-2", "Our new returns policy", moved: false)), "\"v1\"", FirstModified),
            new FeedVersion(
                Atom(Entry("post-1", "Shipping delays this week", moved: true), Entry("post-2", "Our new returns policy", moved: true), Entry("post-3", "Holiday opening hours", moved: true)),
                "\"v2\"",
                FirstModified.AddHours(1)));
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Feeds:Interval"] = "00:00:10",
            ["Feeds:Subscriptions:0:Url"] = feed.Url.ToString(),
            ["Feeds:Subscriptions:0:Platform"] = "Other",
        });

        await rig.StartWorkerAsync();

        await Eventually.TrueAsync(
            () => Task.FromResult(rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.ExternalPostId, ConditionOperator.Equal, Id("post-3"))).Length == 1),
            "the second poll's new entry lands",
            WorkerOnLocalDataverse.Patience);
        await rig.WaitUntilQueueIsSettledAsync();
        var mentions = rig.Crm.All(MentionTable.LogicalName).ToDictionary(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId));
        CollectionAssert.AreEquivalent(new[] { Id("post-1"), Id("post-2"), Id("post-3") }, mentions.Keys.ToArray());
        Assert.IsTrue(mentions.Values.All(m => m.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value == (int)SocialPlatform.Other), "the subscription's platform");
        Assert.AreEqual("Shipping delays this week\n\nWhat Ada wrote about post-1.", mentions[Id("post-1")].GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual("https://blog.example/post-1", mentions[Id("post-1")].GetAttributeValue<string>(MentionTable.PostUrl), "an entry taken once is not queued again");
        Assert.AreEqual("https://blog.example/post-2", mentions[Id("post-2")].GetAttributeValue<string>(MentionTable.PostUrl), "an entry taken once is not queued again");
        Assert.AreEqual("https://blog.example/2026/post-3", mentions[Id("post-3")].GetAttributeValue<string>(MentionTable.PostUrl));
        var requests = feed.Requests;
        Assert.AreEqual((null, null), requests[0], "the first poll has no validators to send");
        Assert.AreEqual(("\"v1\"", FirstModified.ToString("r")), requests[1], "the second poll sends the first response's ETag and Last-Modified back");
    }

    [TestMethod]
    public async Task A_blog_comment_joins_its_posts_conversation_through_thr_in_reply_to()
    {
        // RFC 4685: the comment names the post it answers by the post's atom:id, as Blogger's comment feeds do.
        var published = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var comment = $"""
              <entry>
                <id>{Id("comment-1")}</id>
                <title type="text">Mine leaks too</title>
                <content type="html">Mine leaks too. &lt;b&gt;Recall?&lt;/b&gt;</content>
                <published>{published}</published>
                <author><name>Lin</name><uri>https://blog.example/people/lin</uri><email>noreply@blogger.com</email></author>
                <thr:in-reply-to ref="{Id("post-1")}" href="https://blog.example/post-1" type="text/html"/>
              </entry>
            """;
        await using var feed = await FeedServer.StartAsync(new FeedVersion(
            Atom(Entry("post-1", "The stove valve leaks", moved: false), comment).Replace("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">", StringComparison.Ordinal),
            "\"v1\"", FirstModified));
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Feeds:Subscriptions:0:Url"] = feed.Url.ToString(),
        });

        await rig.StartWorkerAsync();

        await Eventually.TrueAsync(() => Task.FromResult(rig.Crm.All(MentionTable.LogicalName).Length == 2), "the post and the comment land", WorkerOnLocalDataverse.Patience);
        var post = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, Id("post-1"));
        var reply = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, Id("comment-1"));
        Assert.AreEqual(post.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, reply.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
        Assert.AreEqual(Id("post-1"), reply.GetAttributeValue<string>(MentionTable.InReplyToId));
        Assert.AreEqual((int)MessageType.CommentOrReply, reply.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
        Assert.AreEqual("Mine leaks too. Recall?", reply.GetAttributeValue<string>(MentionTable.Description));
        Assert.IsNull(reply.GetAttributeValue<string>(MentionTable.AuthorEmail), "Blogger's placeholder address is no one's");
    }

    private static string Id(string post) => $"tag:blog.example,2026:{post}";

    /// <param name="moved">Whether the post is at its address after the blog moved its posts under /2026/.</param>
    private static string Entry(string post, string title, bool moved)
    {
        var published = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return $"""
              <entry>
                <id>{Id(post)}</id>
                <title>{title}</title>
                <link rel="alternate" href="https://blog.example/{(moved ? "2026/" : "")}{post}"/>
                <published>{published}</published>
                <updated>{published}</updated>
                <author><name>Ada Lovelace</name><uri>https://blog.example/authors/ada</uri></author>
                <summary type="html">&lt;p&gt;What Ada wrote about {post}.&lt;/p&gt;</summary>
              </entry>
            """;
    }

    private static string Atom(params string[] entries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <id>tag:blog.example,2026:feed</id>
          <title>Example blog</title>
          <updated>{DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'}</updated>
          <link rel="alternate" href="https://blog.example/"/>
        {string.Concat(entries)}
        </feed>
        """;
}
