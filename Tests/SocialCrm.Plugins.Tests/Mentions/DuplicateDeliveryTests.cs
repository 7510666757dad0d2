using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>A post delivered again (same platform and external post id) stays one mention, counted once.</summary>
[TestClass]
public sealed class DuplicateDeliveryTests
{
    [TestMethod]
    [DataRow(WriteMessage.UpsertMultiple, DisplayName = "UpsertMultiple")]
    [DataRow(WriteMessage.Upsert, DisplayName = "Upsert")]
    public void A_redelivered_batch_leaves_one_mention_per_post_and_counts_each_once(WriteMessage message)
    {
        using var crm = SocialCrmFixture.Start().Build();
        Entity[] Batch() => new Entity[] { Post("1").By("u1").InThread("t"), Post("2").By("u2").InThread("t"), Post("3").By("u1").InThread("t") };
        crm.Send(message, Batch());

        crm.Send(message, Batch());

        Assert.HasCount(3, crm.Mentions());
        Assert.AreEqual(3, crm.Conversations().Single().GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(2, crm.Profile("u1").GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.AreEqual(1, crm.Profile("u2").GetAttributeValue<int>(SocialProfileTable.MentionCount));
    }

    [TestMethod]
    public void A_redelivered_batch_with_new_posts_counts_only_the_new_ones()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("1").InThread("t"), Post("2").InThread("t"));

        crm.Send(WriteMessage.UpsertMultiple, Post("1").InThread("t"), Post("2").InThread("t"), Post("3").InThread("t"));

        Assert.HasCount(3, crm.Mentions());
        Assert.AreEqual(3, crm.Conversations().Single().GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(3, crm.Profile("u1").GetAttributeValue<int>(SocialProfileTable.MentionCount));
    }

    [TestMethod]
    public void A_redelivery_refreshes_engagement_but_keeps_what_intake_made_of_the_post()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "ann").Saying("Great   service!").Engagement(1));
        var first = crm.Mention("1");

        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "@ANN").Saying("  Great   service!\u200B ").Engagement(40, 3, 2));

        var again = crm.Mention("1");
        Assert.AreEqual(40, again.GetAttributeValue<int>(MentionTable.Likes));
        Assert.AreEqual(3, again.GetAttributeValue<int>(MentionTable.Shares));
        Assert.AreEqual("Great   service!", again.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual("ann", again.GetAttributeValue<string>(MentionTable.AuthorHandle));
        Assert.AreEqual(first.GetAttributeValue<string>(MentionTable.Subject), again.GetAttributeValue<string>(MentionTable.Subject));
        Assert.AreEqual(first.GetAttributeValue<decimal>(MentionTable.SentimentScore), again.GetAttributeValue<decimal>(MentionTable.SentimentScore));
        Assert.AreEqual(first.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, again.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
        Assert.AreEqual(first.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id, again.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
    }

    [TestMethod]
    public void Creating_a_stored_post_again_is_rejected_and_leaves_one_mention_counted_once()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, Post("1"));

        var message = SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.Create, Post("1")));

        StringAssert.Contains(message, "scrm_externalpostid 1 on X is already stored");
        Assert.HasCount(1, crm.Mentions());
        Assert.AreEqual(1, crm.Conversations().Single().GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(1, crm.Profiles().Single().GetAttributeValue<int>(SocialProfileTable.MentionCount));
    }

    [TestMethod]
    public void An_agent_editing_a_mention_outside_a_redelivery_changes_what_they_edit()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, Post("1").Saying("Draft"));
        var mention = crm.Mention("1");

        crm.Service.Update(new Entity(MentionTable.LogicalName, mention.Id) { [MentionTable.Description] = "Edited by an agent" });

        Assert.AreEqual("Edited by an agent", crm.Mention("1").GetAttributeValue<string>(MentionTable.Description));
    }
}
