using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Tests.Replies;

/// <summary>
/// An agent's reply, created as an outbound mention through LocalDataverse from the solution: the rules it meets
/// before anything leaves, each refusal with its message, and what an accepted reply looks like waiting for the worker.
/// </summary>
[TestClass]
public sealed class ReplyRulesTests
{
    [TestMethod]
    public void A_reply_on_an_open_conversation_waits_for_the_worker_answering_the_customers_latest_post()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("root").InThread("root").At(SocialCrmFixture.Now.AddHours(-2)), Post("again").InThread("root"));
        var conversation = crm.ConversationOf("root").Id;

        var id = crm.Service.Create(Reply(conversation, "  Sorry about that, a new one ships today.  "));

        var reply = crm.Get(Table.LogicalName, id);
        Assert.AreEqual((int)SendStatus.Pending, reply.GetAttributeValue<OptionSetValue>(Table.SendStatus).Value);
        Assert.AreEqual("Sorry about that, a new one ships today.", reply.GetAttributeValue<string>(Table.Description));
        Assert.AreEqual("Sorry about that, a new one ships today.", reply.GetAttributeValue<string>(Table.Subject));
        Assert.AreEqual((int)SocialPlatform.X, reply.GetAttributeValue<OptionSetValue>(Table.Platform).Value);
        Assert.AreEqual("again", reply.GetAttributeValue<string>(Table.InReplyToId));
        Assert.AreEqual("root", reply.GetAttributeValue<string>(Table.ThreadId));
        Assert.AreEqual((int)MessageType.CommentOrReply, reply.GetAttributeValue<OptionSetValue>(Table.MessageType).Value);
        Assert.IsNull(reply.GetAttributeValue<string>(Table.ExternalPostId));
        Assert.AreEqual(conversation, reply.GetAttributeValue<EntityReference>(Table.Conversation).Id);
        Assert.AreEqual(2, crm.Get(ConversationTable.LogicalName, conversation).GetAttributeValue<int>(ConversationTable.MentionCount),
            "a reply counts in the conversation's figures once it is sent, not while it waits");
    }

    [TestMethod]
    public void Two_replies_waiting_at_once_do_not_collide_on_the_post_key()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));

        crm.Service.Create(Reply(conversation, "First answer."));
        crm.Service.Create(Reply(conversation, "Second answer."));

        Assert.AreEqual(2, crm.Mentions().Count(mention => mention.GetAttributeValue<OptionSetValue>(Table.SendStatus)?.Value == (int)SendStatus.Pending));
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, 281, "description is too long for a post on X: 281 weighted characters (URLs count 23, emoji and most non-Latin characters 2), the limit is 280.", DisplayName = "X: 280 weighted")]
    [DataRow(SocialPlatform.Bluesky, 301, "description is too long for a Bluesky post: 301 characters, the limit is 300.", DisplayName = "Bluesky: 300 graphemes")]
    [DataRow(SocialPlatform.Mastodon, 501, "description is too long for a Mastodon post: 501 characters (URLs count 23), the limit is 500.", DisplayName = "Mastodon: 500")]
    [DataRow(SocialPlatform.Facebook, 8001, "description is too long for a Facebook comment: 8001 characters, the limit is 8000.", DisplayName = "Facebook comment: 8,000")]
    [DataRow(SocialPlatform.Instagram, 2201, "description is too long for an Instagram comment: 2201 characters, the limit is 2200.", DisplayName = "Instagram comment: 2,200")]
    public void A_reply_longer_than_its_network_allows_is_refused_naming_the_limit(SocialPlatform platform, int length, string message)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root").On(platform));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, new string('a', length))));

        Assert.AreEqual(message, refusal);
        Assert.IsFalse(crm.Mentions().Any(mention => mention.GetAttributeValue<OptionSetValue>(Table.Direction)?.Value == (int)MentionDirection.Outbound));
    }

    [TestMethod]
    public void A_reply_at_the_limit_fits_with_each_link_counted_as_23()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));
        var text = new string('a', 256) + " https://example.com/" + new string('x', 200);

        crm.Service.Create(Reply(conversation, text));

        Assert.AreEqual(280, SocialCrm.Plugins.Domain.Replies.ReplyLength.XWeightedLength(text));
    }

    [TestMethod]
    public void A_private_reply_in_a_public_thread_is_refused_for_want_of_a_direct_message_thread()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "Please DM us your order number.", isPrivate: true)));

        Assert.AreEqual("A private reply needs a direct-message thread, and this X conversation is public: reply publicly, or wait for the customer to message you.", refusal);
    }

    [TestMethod]
    public void A_reply_in_a_direct_message_thread_is_private_whatever_the_agent_chose()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Facebook).Private().At(SocialCrmFixture.Now.AddHours(-23)));

        var id = crm.Service.Create(Reply(conversation, "We have refunded your order."));

        Assert.AreEqual((int)MessageType.PrivateMessage, crm.Get(Table.LogicalName, id).GetAttributeValue<OptionSetValue>(Table.MessageType).Value);
    }

    [TestMethod]
    [DataRow("ann", "Thanks, we are on it.", "@ann Thanks, we are on it.", DisplayName = "an account of the brand's server")]
    [DataRow("ann@other.social", "Thanks, we are on it.", "@ann@other.social Thanks, we are on it.", DisplayName = "an account of another server")]
    [DataRow("ann", "Thanks @ann, we are on it.", "Thanks @ann, we are on it.", DisplayName = "already mentioned by the agent")]
    [DataRow("ann@other.social", "@Ann@Other.Social thanks!", "@Ann@Other.Social thanks!", DisplayName = "already mentioned, in other case")]
    public void A_private_Mastodon_reply_mentions_the_customer_since_direct_statuses_reach_only_mentioned_accounts(string handle, string text, string posted)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Mastodon).Private().By("109", handle));

        var id = crm.Service.Create(Reply(conversation, text));

        Assert.AreEqual(posted, crm.Get(Table.LogicalName, id).GetAttributeValue<string>(Table.Description));
    }

    [TestMethod]
    public void The_customers_handle_added_to_a_private_Mastodon_reply_counts_in_its_500_characters()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Mastodon).Private().By("109", "ann"));

        crm.Service.Create(Reply(conversation, new string('a', 495)));
        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, new string('a', 496))));

        Assert.AreEqual("description is too long for a Mastodon post: 501 characters (URLs count 23), the limit is 500.", refusal);
    }

    [TestMethod]
    public void A_private_Mastodon_reply_to_a_customer_of_unknown_handle_is_refused_since_it_would_reach_no_one()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Mastodon).Private());

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "Thanks, we are on it.")));

        Assert.AreEqual(
            "Mastodon delivers a direct message only to the accounts it mentions, and the customer's handle is not known: start the reply with @ and their handle.",
            refusal);
    }

    [TestMethod]
    public void A_Messenger_reply_after_Metas_24_hour_window_is_refused_with_when_the_customer_last_wrote()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Facebook).Private().At(SocialCrmFixture.Now.AddHours(-25)));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "Sorry for the wait!", isPrivate: true)));

        Assert.AreEqual(
            "Meta's 24-hour messaging window has closed: the customer's last message was at 2025-02-28T11:00:00Z, 25 hours ago, " +
            "and a Page may answer on Messenger only within 24 hours of it.",
            refusal);
    }

    [TestMethod]
    public void An_Instagram_comment_reply_is_accepted_as_a_public_reply_to_the_customers_comment()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("17870913679156914").On(SocialPlatform.Instagram));

        var id = crm.Service.Create(Reply(conversation, "Thanks for the kind words!"));

        var reply = crm.Get(Table.LogicalName, id);
        Assert.AreEqual((int)MessageType.CommentOrReply, reply.GetAttributeValue<OptionSetValue>(Table.MessageType).Value);
        Assert.AreEqual((int)SendStatus.Pending, reply.GetAttributeValue<OptionSetValue>(Table.SendStatus).Value);
    }

    [TestMethod]
    public void An_Instagram_direct_message_longer_than_1000_characters_is_refused_naming_the_limit()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Instagram).Private().At(SocialCrmFixture.Now.AddHours(-1)));

        crm.Service.Create(Reply(conversation, new string('a', 1000)));
        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, new string('a', 1001))));

        Assert.AreEqual("description is too long for an Instagram direct message: 1001 characters, the limit is 1000.", refusal);
    }

    [TestMethod]
    public void An_Instagram_direct_message_after_Metas_24_hour_window_is_refused_with_when_the_customer_last_wrote()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("dm-1").On(SocialPlatform.Instagram).Private().At(SocialCrmFixture.Now.AddHours(-25)));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "Sorry for the wait!")));

        Assert.AreEqual(
            "Meta's 24-hour messaging window has closed: the customer's last message was at 2025-02-28T11:00:00Z, 25 hours ago, " +
            "and a business may answer on Instagram Direct only within 24 hours of it.",
            refusal);
    }

    [TestMethod]
    public void A_reply_to_a_resolved_conversation_is_refused_until_the_agent_reopens_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));
        crm.Close(conversation, SocialCrmFixture.Now.AddMinutes(-10));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "One more thing…")));

        StringAssert.StartsWith(refusal, "The conversation is resolved: reopen it first");
    }

    [TestMethod]
    public void A_reply_to_a_post_the_customer_deleted_is_refused()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("gone").On(SocialPlatform.Mastodon));
        crm.Service.Update(new Entity(Table.LogicalName, crm.Mention("gone").Id) { ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(3) });

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "Thanks!")));

        Assert.AreEqual("The customer's post gone was deleted or hidden on Mastodon: nothing can be posted under it.", refusal);
    }

    [TestMethod]
    [DataRow(SocialPlatform.YouTube, DisplayName = "YouTube")]
    [DataRow(SocialPlatform.Blog, DisplayName = "blog comments")]
    public void A_reply_on_a_network_SocialCrm_cannot_post_to_is_refused_at_compose_time(SocialPlatform platform)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root").On(platform));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "Thanks!")));

        Assert.AreEqual($"SocialCrm cannot post replies to {platform}: answer the customer on {platform} directly.", refusal);
    }

    [TestMethod]
    public void A_reply_without_text_is_refused_naming_the_column()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Create(Reply(conversation, "   ")));

        Assert.AreEqual("description is required: a reply needs text to post.", refusal);
    }

    [TestMethod]
    public void The_brands_own_post_delivered_by_a_network_still_takes_intake_not_the_reply_rules()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));
        crm.Close(conversation, SocialCrmFixture.Now.AddMinutes(-10));

        crm.Send(WriteMessage.Create, Post("answer").By("brand", "ourbrand").Saying("Glad it arrived!").Outbound(conversation));

        Assert.AreEqual(conversation, crm.ConversationOf("answer").Id);
        Assert.IsNull(crm.Mention("answer").GetAttributeValue<OptionSetValue>(Table.SendStatus));
    }

    internal static Entity Reply(Guid conversation, string text, bool isPrivate = false)
    {
        var reply = new Entity(Table.LogicalName)
        {
            [Table.Direction] = new OptionSetValue((int)MentionDirection.Outbound),
            [Table.Conversation] = new EntityReference(ConversationTable.LogicalName, conversation),
            [Table.Description] = text,
        };
        if (isPrivate)
        {
            reply[Table.MessageType] = new OptionSetValue((int)MessageType.PrivateMessage);
        }

        return reply;
    }

    internal static Guid Conversation(SocialCrmDataverse crm, MentionBuilder post)
    {
        var mention = post.Build();
        crm.Send(WriteMessage.UpsertMultiple, mention);
        return crm.ConversationOf(mention.GetAttributeValue<string>(Table.ExternalPostId)).Id;
    }
}
