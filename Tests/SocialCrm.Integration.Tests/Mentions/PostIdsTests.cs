using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Mentions;

/// <summary>Issue #14, defect 7: post ids that differ only in case, against Dataverse's case-insensitive keys.</summary>
[TestClass]
public sealed class PostIdsTests
{
    [TestMethod]
    [DataRow(SocialPlatform.X, "1899000000000000001", "1899000000000000001", DisplayName = "X: digits")]
    [DataRow(SocialPlatform.LinkedIn, "urn:li:activity:800", "URN:LI:ACTIVITY:800", DisplayName = "LinkedIn URN")]
    public void On_a_network_without_case_in_its_ids_two_spellings_are_one_post_to_the_worker_as_to_Dataverse(SocialPlatform platform, string one, string other)
    {
        Assert.AreEqual(PostIds.Key(platform, one), PostIds.Key(platform, other));
        Assert.AreEqual(other, PostIds.ForDataverse(platform, other), "the id is written as the network sent it");
    }

    [TestMethod]
    [DataRow(SocialPlatform.YouTube, "dQw4w9WgXcQ", "dqw4w9wgxcq", DisplayName = "YouTube video ids")]
    [DataRow(SocialPlatform.Blog, "https://example.com/Post/1", "https://example.com/post/1", DisplayName = "feed entry ids")]
    [DataRow(SocialPlatform.Bluesky, "at://did:plc:abc/app.bsky.feed.post/3kXyZ", "at://did:plc:abc/app.bsky.feed.post/3kxyz", DisplayName = "Bluesky record keys")]
    [DataRow(SocialPlatform.Other, "a^b", "A^B", DisplayName = "ids holding the escape character")]
    [DataRow(SocialPlatform.Facebook, "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM", "m_ag5hz2uq7tuwnehxfyykj8mjem", DisplayName = "Messenger message ids")]
    [DataRow(SocialPlatform.Instagram, "aWdfZAG06MTpJR01lc3NhZAlSXZAWQ6MTc4", "awdfzag06mtpjr01lc3nhzalsxzawq6mtc4", DisplayName = "Instagram message ids")]
    public void On_a_case_sensitive_network_ids_that_differ_only_in_case_stay_two_posts_in_Dataverse(SocialPlatform platform, string one, string other)
    {
        var written = PostIds.ForDataverse(platform, one)!;
        var writtenOther = PostIds.ForDataverse(platform, other)!;

        Assert.IsFalse(string.Equals(written, writtenOther, StringComparison.OrdinalIgnoreCase), $"{written} and {writtenOther} are one key to Dataverse");
        Assert.AreNotEqual(PostIds.Key(platform, one), PostIds.Key(platform, other));
        Assert.AreEqual(one, PostIds.FromDataverse(platform, written));
        Assert.AreEqual(other, PostIds.FromDataverse(platform, writtenOther));
    }

    /// <summary>Issue #13, defect 7: Facebook and Instagram keep case for their message ids, and their post and comment ids,
    /// which are numbers, are written as the network sent them (so rows stored before stay where they are).</summary>
    [TestMethod]
    [DataRow(SocialPlatform.Facebook, "101234567890_998877", DisplayName = "Facebook post or comment")]
    [DataRow(SocialPlatform.Instagram, "17890455123456789", DisplayName = "Instagram media or comment")]
    [DataRow(SocialPlatform.Facebook, "dm:6543210987654321", DisplayName = "Messenger thread of a person")]
    public void A_numeric_Meta_id_is_written_as_the_network_sent_it(SocialPlatform platform, string id)
    {
        Assert.IsTrue(PostIds.IsCaseSensitive(platform));
        Assert.AreEqual(id, PostIds.ForDataverse(platform, id));
        Assert.IsNull(PostIds.FormBeforeCaseWasKept(platform, id), "nothing was stored in another form");
    }

    [TestMethod]
    public void A_Messenger_id_with_capitals_was_stored_as_sent_before_case_was_kept_and_is_written_escaped_now()
    {
        const string mid = "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM";

        Assert.AreEqual(mid, PostIds.FormBeforeCaseWasKept(SocialPlatform.Facebook, mid));
        Assert.AreEqual("m_^a^g5^hz2^uq7tuw^n^eh^xf^y^y^kj8m^j^e^m", PostIds.ForDataverse(SocialPlatform.Facebook, mid));
        Assert.IsNull(PostIds.FormBeforeCaseWasKept(SocialPlatform.YouTube, "UgxAbC"), "YouTube ids kept case before");
        Assert.IsNull(PostIds.FormBeforeCaseWasKept(SocialPlatform.Instagram, new string('A', 101)), "a longer id was its digest before as now");
        Assert.IsTrue(PostIds.IsStoredBeforeCaseWasKept(mid));
        Assert.IsFalse(PostIds.IsStoredBeforeCaseWasKept(PostIds.ForDataverse(SocialPlatform.Facebook, mid)!), "a written form never holds a capital");
    }

    /// <summary>A YouTube- or Bluesky-like id of 90 characters, 20 of them capitals: it fits the 100-character id columns as
    /// the network sent it, but its escaped form is 110 characters.</summary>
    public static string NinetyCharactersWithTwentyCapitals(char last = 'z') =>
        string.Concat(Enumerable.Repeat("Ab", 20)) + string.Concat(Enumerable.Repeat("x7_-q", 9)) + "abcd" + last;

    [TestMethod]
    [DataRow(SocialPlatform.YouTube, DisplayName = "YouTube")]
    [DataRow(SocialPlatform.Blog, DisplayName = "feed entry")]
    [DataRow(SocialPlatform.Bluesky, DisplayName = "Bluesky")]
    public void An_id_whose_written_form_would_outgrow_the_id_column_is_written_as_the_digest_of_its_exact_text(SocialPlatform platform)
    {
        var id = NinetyCharactersWithTwentyCapitals();
        var lowerTwin = id.ToLowerInvariant();
        Assert.AreEqual(90, id.Length);

        var written = PostIds.ForDataverse(platform, id)!;

        Assert.IsLessThanOrEqualTo(MentionTable.ExternalIdLength, written.Length, $"{written} does not fit the id column");
        Assert.AreEqual(written, PostIds.ForDataverse(platform, id), "the same id is written the same way every time");
        Assert.IsFalse(string.Equals(written, PostIds.ForDataverse(platform, lowerTwin), StringComparison.OrdinalIgnoreCase),
            "its lower-case twin stays another post");
        Assert.AreNotEqual(PostIds.Key(platform, id), PostIds.Key(platform, lowerTwin));
        Assert.AreEqual(written, PostIds.ForDataverse(platform, PostIds.ShortId(id)), "an edge that keeps long ids short gives the same written id");
    }

    [TestMethod]
    public void An_id_longer_than_the_column_is_written_as_the_same_digest_a_reader_keeps_it_as()
    {
        var id = "https://blog.example.com/" + new string('p', 120);

        Assert.AreEqual(PostIds.ShortId(id), PostIds.ForDataverse(SocialPlatform.Blog, id));
        Assert.AreEqual(PostIds.ShortId(id), PostIds.ForDataverse(SocialPlatform.Blog, PostIds.ShortId(id)));
    }
}
