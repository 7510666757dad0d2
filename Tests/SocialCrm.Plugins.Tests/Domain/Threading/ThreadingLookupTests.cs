using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Threading;

[TestClass]
public sealed class ThreadingLookupTests
{
    private static readonly DateTime T0 = new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void Lookup_asks_for_parents_and_thread_roots_outside_the_batch_and_for_every_thread_once()
    {
        var batch = new[]
        {
            new ThreadingMention(SocialPlatform.X, "101", T0, threadId: "100", inReplyToId: "100"),
            new ThreadingMention(SocialPlatform.X, "102", T0, threadId: "100", inReplyToId: "101"),
            new ThreadingMention(SocialPlatform.Facebook, "7_1", T0),
        };

        var lookup = ThreadingLookup.For(batch);

        CollectionAssert.AreEquivalent(new[] { "X 100" }, lookup.PostKeys.Select(key => key.ToString()).ToList());
        CollectionAssert.AreEquivalent(new[] { "X 100", "Facebook 7_1" }, lookup.ThreadKeys.Select(key => key.ToString()).ToList());
    }

    [TestMethod]
    public void Lookup_also_asks_for_the_thread_a_retired_conversation_of_a_stored_parent_gave_up()
    {
        var retiredId = new Guid("aaaaaaaa-0000-0000-0000-000000000001");
        var retired = new KnownConversation(retiredId, SocialPlatform.X, "100~" + retiredId.ToString("N"), ConversationState.Closed, T0);
        var lookup = ThreadingLookup.For(new[] { new ThreadingMention(SocialPlatform.X, "103", T0, inReplyToId: "90") });

        var keys = lookup.ThreadKeysWith(new[] { new KnownMention(SocialPlatform.X, "90", retired) });

        CollectionAssert.AreEquivalent(new[] { "X 90", "X 100" }, keys.Select(key => key.ToString()).ToList());
    }

    [TestMethod]
    [DataRow("dQw4w9WgXcQ", "dQw4w9WgXcQ", true, DisplayName = "the same YouTube video id")]
    [DataRow("dQw4w9WgXcQ", "dqw4w9wgxcq", false, DisplayName = "YouTube video ids that differ only in case are two videos")]
    [DataRow("m_AbC", "m_abc", false, DisplayName = "Messenger mids that differ only in case are two messages")]
    public void Keys_compare_ids_case_sensitively_as_the_networks_do(string id, string other, bool equal)
    {
        var key = new ThreadKey(SocialPlatform.YouTube, id);
        var otherKey = new ThreadKey(SocialPlatform.YouTube, other);

        Assert.AreEqual(equal, key.Equals(otherKey));
        if (equal)
        {
            Assert.AreEqual(key.GetHashCode(), otherKey.GetHashCode());
        }
    }

    [TestMethod]
    public void Keys_on_different_networks_differ()
    {
        Assert.AreNotEqual(new ThreadKey(SocialPlatform.X, "1"), new ThreadKey(SocialPlatform.Facebook, "1"));
    }
}
