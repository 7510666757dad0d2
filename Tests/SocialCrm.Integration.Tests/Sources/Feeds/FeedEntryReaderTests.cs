using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Feeds;

/// <summary>Feeds as WordPress and Blogger publish them, read into what a CRM user should see (issue 13, defects 3–5).</summary>
[TestClass]
public sealed class FeedEntryReaderTests
{
    private static List<MentionInput> Read(string xml, SocialPlatform platform = SocialPlatform.Blog)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return FeedEntryReader.Read(reader, new FeedSubscription { Url = new Uri("https://feeds.example/"), Platform = platform }, FixedClock.Noon)
            .Select(e => e.Input).ToList();
    }

    [TestMethod]
    public void Post_HTML_reads_as_a_reader_sees_it_with_joined_inline_tags_paragraphs_list_lines_and_decoded_entities()
    {
        var post = Read(Samples.Text("wordpress-posts-rss.xml")).Single();

        Assert.AreEqual(
            "Our stove review: the good, the bad & the smoky\n\n" +
            "We cooked on it for a week. The burner is great, but the valve leaks — twice!\n\n" +
            "Support said: “send it back”.\n\n" +
            "• Weight: 300 g\n" +
            "• Price: 49 €",
            post.Text);
    }

    [TestMethod]
    public void Line_breaks_and_divs_make_lines_and_numeric_entities_become_emoji()
    {
        var post = Read(Samples.Text("blogger-posts-atom.xml")).Single();

        Assert.AreEqual("Where did my order go?\n\nOrdered a saddle on the 3rd.\nStill nothing 😭\nAnyone else?", post.Text);
    }

    [TestMethod]
    public void RSS_dc_creator_is_the_authors_name_not_the_channel_title()
    {
        var post = Read(Samples.Text("wordpress-posts-rss.xml")).Single();

        Assert.AreEqual("Grace Hopper", post.AuthorDisplayName);
        Assert.AreEqual("Grace Hopper", post.AuthorExternalId);
    }

    [TestMethod]
    public void RSS_author_element_gives_the_address_and_the_name_in_parentheses()
    {
        var second = Read(Samples.Text("blog-rss.xml"))[1];

        Assert.AreEqual("barbara@blog.example", second.AuthorEmail);
        Assert.AreEqual("Barbara Liskov", second.AuthorDisplayName);
    }

    [TestMethod]
    public void An_item_without_an_author_is_the_feeds_own()
    {
        var xml = Samples.Text("blog-rss.xml").Replace("<dc:creator>Frances Allen</dc:creator>", "", StringComparison.Ordinal);

        var first = Read(xml)[0];

        Assert.AreEqual("Customer Stories", first.AuthorDisplayName);
        Assert.AreEqual("https://blog.example/", first.AuthorExternalId);
    }

    [TestMethod]
    public void Bloggers_placeholder_address_is_never_an_authors_email_nor_their_id()
    {
        var comments = Read(Samples.Text("blogger-comments-atom.xml"));

        Assert.IsTrue(comments.All(c => c.AuthorEmail == null), "noreply@blogger.com names no one");
        Assert.AreEqual("https://www.blogger.com/profile/0202", comments[0].AuthorExternalId);
        Assert.AreEqual("Lin", comments[0].AuthorDisplayName);
        Assert.AreEqual("Anonymous", comments[1].AuthorExternalId);
    }

    [TestMethod]
    public void Atom_comment_replies_to_the_post_its_thr_in_reply_to_names()
    {
        var post = Read(Samples.Text("blogger-posts-atom.xml")).Single();
        var comments = Read(Samples.Text("blogger-comments-atom.xml"));

        Assert.AreEqual(2, comments.Count);
        Assert.IsTrue(comments.All(c => c.InReplyToId == post.ExternalPostId), "both comments answer the post");
        Assert.IsNull(post.InReplyToId);
    }

    [TestMethod]
    public void A_comments_text_is_its_body_without_the_feeds_caption_or_the_title_made_of_its_opening()
    {
        var comments = Read(Samples.Text("blogger-comments-atom.xml"));

        Assert.AreEqual("Same here, since Monday. Tracking says \"label created\".", comments[0].Text);
        Assert.AreEqual("Mine came today 👍", comments[1].Text);
    }

    [TestMethod]
    public void WordPress_RSS_comment_replies_to_the_post_whose_guid_its_guid_extends()
    {
        var post = Read(Samples.Text("wordpress-posts-rss.xml")).Single();
        var comment = Read(Samples.Text("wordpress-comments-rss.xml")).Single();

        Assert.AreEqual("https://trailkitchen.example/?p=123", post.ExternalPostId);
        Assert.AreEqual(post.ExternalPostId, comment.InReplyToId);
        Assert.AreEqual("Katherine Johnson", comment.AuthorDisplayName);
        Assert.AreEqual("Mine leaks too. Is there a recall?", comment.Text);
    }

    [TestMethod]
    [DataRow("Mine came today", "Mine came today 👍", "Mine came today 👍", DisplayName = "title is the body's opening")]
    [DataRow("Battery died after a week…", "Battery died after a week of light use.", "Battery died after a week of light use.", DisplayName = "title is the opening with an ellipsis")]
    [DataRow("Same", "Same  text", "Same  text", DisplayName = "title equals the body's first word")]
    [DataRow("Bat", "Battery died", "Bat\n\nBattery died", DisplayName = "a title that only starts a word is kept")]
    public void A_title_that_repeats_the_body_is_stored_once(string title, string body, string expected)
    {
        var xml = $"""
            <rss version="2.0"><channel><title>Notes</title><link>https://notes.example/</link>
              <item><title>{title}</title><guid>n-1</guid><pubDate>Sat, 01 Mar 2025 08:00:00 GMT</pubDate><description>{body}</description></item>
            </channel></rss>
            """;

        Assert.AreEqual(expected.Replace("  ", " ", StringComparison.Ordinal), Read(xml).Single().Text);
    }

    [TestMethod]
    public void YouTube_media_description_is_trimmed()
    {
        var xml = Samples.Text("youtube-channel.xml").Replace(
            "<media:description>The battery lid would not close.</media:description>",
            "<media:description>\n      The battery lid would not close.\n\nFull review below.\n    </media:description>",
            StringComparison.Ordinal);

        var video = Read(xml, SocialPlatform.YouTube).Single();

        Assert.AreEqual("Unboxing the new model\n\nThe battery lid would not close.\n\nFull review below.", video.Text);
    }

    [TestMethod]
    public void An_Atom_deleted_entry_unpublishes_the_mention_of_that_entry_and_makes_no_mention_of_its_own()
    {
        using var reader = XmlReader.Create(new StringReader(Samples.Text("blogger-comments-deleted-atom.xml")));

        var content = FeedEntryReader.ReadWithRemovals(reader, new FeedSubscription { Url = new Uri("https://feeds.example/"), Platform = SocialPlatform.Blog }, FixedClock.Noon);

        Assert.AreEqual(new MentionRemoval(SocialPlatform.Blog, "tag:blogger.com,1999:blog-4420.post-7002", MentionStatus.Unpublished), content.Removals.Single());
        CollectionAssert.AreEqual(new[] { "tag:blogger.com,1999:blog-4420.post-7001" }, content.Entries.Select(e => e.Input.ExternalPostId).ToList());
    }
}
