using System;
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
    [DataRow(SocialPlatform.Facebook, "123_ABC", "123_abc", DisplayName = "Facebook")]
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
    public void On_a_case_sensitive_network_ids_that_differ_only_in_case_stay_two_posts_in_Dataverse(SocialPlatform platform, string one, string other)
    {
        var written = PostIds.ForDataverse(platform, one)!;
        var writtenOther = PostIds.ForDataverse(platform, other)!;

        Assert.IsFalse(string.Equals(written, writtenOther, StringComparison.OrdinalIgnoreCase), $"{written} and {writtenOther} are one key to Dataverse");
        Assert.AreNotEqual(PostIds.Key(platform, one), PostIds.Key(platform, other));
        Assert.AreEqual(one, PostIds.FromDataverse(platform, written));
        Assert.AreEqual(other, PostIds.FromDataverse(platform, writtenOther));
    }
}
