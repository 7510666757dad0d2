using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Profiles;

/// <summary>
/// Issue #13, defect 1: what we know of a person is never lost to a post that says less; the newest non-empty value
/// wins, within a batch and across batches. A Page comment names its author (from.name), a Messenger message names only
/// the sender's id: https://developers.facebook.com/docs/graph-api/webhooks/reference/page (feed, from) and
/// https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages (sender.id).
/// </summary>
[TestClass]
public sealed class AuthorNameTests
{
    private static MentionBuilder Comment(string id, int minutesAgo) =>
        Post(id).On(SocialPlatform.Facebook).By("3101", name: "Grace Hopper").At(SocialCrmFixture.Now.AddMinutes(-minutesAgo)).InThread("900_5000");

    private static MentionBuilder Message(string id, int minutesAgo) =>
        Post(id).On(SocialPlatform.Facebook).By("3101").At(SocialCrmFixture.Now.AddMinutes(-minutesAgo)).InThread("dm:3101");

    [TestMethod]
    [DataRow(WriteMessage.UpsertMultiple, DisplayName = "UpsertMultiple")]
    [DataRow(WriteMessage.CreateMultiple, DisplayName = "CreateMultiple")]
    public void A_nameless_message_after_a_named_comment_in_one_batch_keeps_the_name(WriteMessage message)
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(message, Comment("5000_7001", 10), Message("m_AbC", 5));

        var profile = crm.Profile("3101");
        Assert.AreEqual("Grace Hopper", profile.GetAttributeValue<string>(SocialProfileTable.DisplayName));
        Assert.AreEqual("Grace Hopper on Facebook", profile.GetAttributeValue<string>(SocialProfileTable.PrimaryName));
    }

    [TestMethod]
    public void A_nameless_message_in_a_later_batch_keeps_the_name()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Comment("5000_7001", 10));

        crm.Send(WriteMessage.UpsertMultiple, Message("m_AbC", 5));

        Assert.AreEqual("Grace Hopper", crm.Profile("3101").GetAttributeValue<string>(SocialProfileTable.DisplayName));
    }

    [TestMethod]
    public void The_newest_post_with_a_name_wins_over_an_older_one_in_the_same_batch()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.UpsertMultiple,
            Post("5000_7002").On(SocialPlatform.Facebook).By("3101", name: "Grace Hopper-Murray").At(SocialCrmFixture.Now.AddMinutes(-2)),
            Comment("5000_7001", 10));

        Assert.AreEqual("Grace Hopper-Murray", crm.Profile("3101").GetAttributeValue<string>(SocialProfileTable.DisplayName));
    }

    [TestMethod]
    public void An_older_post_arriving_late_does_not_replace_a_newer_name()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("5000_7002").On(SocialPlatform.Facebook).By("3101", name: "Grace Hopper-Murray").At(SocialCrmFixture.Now.AddMinutes(-2)));

        crm.Send(WriteMessage.UpsertMultiple, Comment("5000_7001", 10));

        Assert.AreEqual("Grace Hopper-Murray", crm.Profile("3101").GetAttributeValue<string>(SocialProfileTable.DisplayName));
    }

    [TestMethod]
    [DataRow(WriteMessage.UpsertMultiple, DisplayName = "UpsertMultiple")]
    [DataRow(WriteMessage.Upsert, DisplayName = "Upsert")]
    public void Redelivering_a_named_comment_repairs_a_profile_a_message_left_nameless(WriteMessage message)
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Message("m_AbC", 5));
        crm.Send(WriteMessage.UpsertMultiple, Comment("5000_7001", 10).Without(MentionTable.AuthorDisplayName));
        Assert.AreEqual("user 3101 on Facebook", crm.Profile("3101").GetAttributeValue<string>(SocialProfileTable.PrimaryName));

        crm.Send(message, Comment("5000_7001", 10));

        var profile = crm.Profile("3101");
        Assert.AreEqual("Grace Hopper", profile.GetAttributeValue<string>(SocialProfileTable.DisplayName));
        Assert.AreEqual("Grace Hopper on Facebook", profile.GetAttributeValue<string>(SocialProfileTable.PrimaryName));
        Assert.AreEqual(2, profile.GetAttributeValue<int>(SocialProfileTable.MentionCount), "a redelivery counts nothing twice");
    }
}
