using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>Mentions find their conversation whatever order they arrive in; closed conversations reopen within the window.</summary>
[TestClass]
public sealed class ThreadingTests
{
    private static readonly DateTime ClosedOn = SocialCrmFixture.Now.AddDays(-20);

    [TestMethod]
    public void A_reply_before_its_parent_in_one_batch_joins_the_parents_conversation()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.UpsertMultiple,
            Post("reply").By("u2").ReplyingTo("root").At(SocialCrmFixture.Now.AddMinutes(-10)),
            Post("root").By("u1").Saying("My order never arrived").At(SocialCrmFixture.Now.AddMinutes(-30)));

        var conversation = crm.Conversations().Single();
        Assert.AreEqual(conversation.Id, crm.ConversationOf("reply").Id);
        Assert.AreEqual("root", conversation.GetAttributeValue<string>(ConversationTable.ExternalThreadId));
        Assert.AreEqual("My order never arrived", conversation.GetAttributeValue<string>(ConversationTable.PrimaryName));
        Assert.AreEqual(crm.Profile("u1").Id, conversation.GetAttributeValue<EntityReference>(ConversationTable.OriginatingProfile).Id);
        Assert.AreEqual(2, conversation.GetAttributeValue<int>(ConversationTable.MentionCount));
    }

    [TestMethod]
    public void A_reply_in_a_later_batch_joins_its_stored_parents_conversation()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("root").By("u1"));

        crm.Send(WriteMessage.UpsertMultiple, Post("reply").By("u2").ReplyingTo("root"));

        Assert.AreEqual(crm.ConversationOf("root").Id, crm.ConversationOf("reply").Id);
        Assert.HasCount(1, crm.Conversations());
    }

    [TestMethod]
    public void A_reply_that_arrives_a_batch_before_its_thread_root_shares_one_conversation_with_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("reply").By("u2").InThread("root").ReplyingTo("root"));

        crm.Send(WriteMessage.UpsertMultiple, Post("root").By("u1").At(SocialCrmFixture.Now.AddHours(-2)));

        var conversation = crm.Conversations().Single();
        Assert.AreEqual(conversation.Id, crm.ConversationOf("root").Id);
        Assert.AreEqual(2, conversation.GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(SocialCrmFixture.Now.AddHours(-2), conversation.GetAttributeValue<DateTime>(ConversationTable.FirstMentionOn));
    }

    [TestMethod]
    public void A_reply_naming_only_its_parent_that_arrives_a_batch_before_the_parent_shares_one_conversation_with_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("reply").By("u2").ReplyingTo("root"));

        crm.Send(WriteMessage.UpsertMultiple, Post("root").By("u1").At(SocialCrmFixture.Now.AddHours(-2)));

        var conversation = crm.Conversations().Single();
        Assert.AreEqual(conversation.Id, crm.ConversationOf("root").Id);
        Assert.AreEqual(2, conversation.GetAttributeValue<int>(ConversationTable.MentionCount));
    }

    [TestMethod]
    public void Posts_of_different_threads_get_different_conversations_and_the_same_thread_on_another_network_too()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.CreateMultiple, Post("a").InThread("t1"), Post("b").InThread("t2"), Post("c").InThread("t1").On(SocialPlatform.Facebook));

        Assert.HasCount(3, crm.Conversations());
    }

    [TestMethod]
    [DataRow(0, DisplayName = "Posted the moment it closed")]
    [DataRow(7 * 24 * 3600, DisplayName = "Posted exactly seven days after it closed")]
    public void A_mention_within_the_reopen_window_reopens_the_closed_conversation(int secondsAfterClosing)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var closed = ClosedConversation(crm);

        crm.Send(WriteMessage.UpsertMultiple, Post("again").By("u2").InThread("root").At(ClosedOn.AddSeconds(secondsAfterClosing)));

        var conversation = crm.Conversations().Single();
        Assert.AreEqual(closed, conversation.Id);
        Assert.AreEqual((int)ConversationState.Open, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.StateCode).Value);
        Assert.AreEqual((int)ConversationStatus.AwaitingReply, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.StatusCode).Value);
        Assert.IsNull(conversation.GetAttributeValue<DateTime?>(ConversationTable.ClosedOn));
        Assert.AreEqual(2, conversation.GetAttributeValue<int>(ConversationTable.MentionCount));
    }

    [TestMethod]
    [DataRow(7 * 24 * 3600 + 1, DisplayName = "Posted one second past the seven days")]
    [DataRow(19 * 24 * 3600, DisplayName = "Posted nineteen days after it closed")]
    public void A_mention_past_the_reopen_window_starts_a_new_conversation_that_follows_the_closed_one(int secondsAfterClosing)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var closed = ClosedConversation(crm);

        crm.Send(WriteMessage.UpsertMultiple, Post("again").By("u2").InThread("root").At(ClosedOn.AddSeconds(secondsAfterClosing)));

        var old = crm.Get(ConversationTable.LogicalName, closed);
        var next = crm.ConversationOf("again");
        Assert.AreNotEqual(closed, next.Id);
        Assert.AreEqual("root", next.GetAttributeValue<string>(ConversationTable.ExternalThreadId));
        Assert.AreEqual(closed, next.GetAttributeValue<EntityReference>(ConversationTable.PreviousConversation).Id);
        Assert.AreEqual(1, next.GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual((int)ConversationState.Closed, old.GetAttributeValue<OptionSetValue>(ConversationTable.StateCode).Value);
        Assert.AreEqual("root~" + closed.ToString("N"), old.GetAttributeValue<string>(ConversationTable.ExternalThreadId));
        Assert.AreEqual(1, old.GetAttributeValue<int>(ConversationTable.MentionCount));
    }

    [TestMethod]
    [DataRow(true, DisplayName = "The late reply names the thread")]
    [DataRow(false, DisplayName = "The late reply names only its parent")]
    public void A_late_reply_to_a_post_of_a_retired_conversation_joins_the_conversation_that_now_holds_its_thread(bool namesThread)
    {
        using var crm = SocialCrmFixture.Start().Build();
        var closed = ClosedConversation(crm);
        crm.Send(WriteMessage.UpsertMultiple, Post("again").By("u2").InThread("root").At(ClosedOn.AddDays(10)));
        var live = crm.ConversationOf("again").Id;

        var late = Post("late").By("u3").ReplyingTo("root").At(ClosedOn.AddDays(12));
        crm.Send(WriteMessage.UpsertMultiple, namesThread ? late.InThread("root") : late);

        Assert.AreEqual(live, crm.ConversationOf("late").Id);
        Assert.HasCount(2, crm.Conversations());
        Assert.AreEqual("root~" + closed.ToString("N"), crm.Get(ConversationTable.LogicalName, closed).GetAttributeValue<string>(ConversationTable.ExternalThreadId));
    }

    [TestMethod]
    public void A_late_reply_posted_within_the_reopen_window_of_a_retired_conversation_joins_the_conversation_that_now_holds_its_thread_and_leaves_the_retired_one_closed()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var closed = ClosedConversation(crm);
        crm.Send(WriteMessage.UpsertMultiple, Post("again").By("u2").InThread("root").At(ClosedOn.AddDays(10)));
        var live = crm.ConversationOf("again").Id;

        crm.Send(WriteMessage.UpsertMultiple, Post("late").By("u3").ReplyingTo("root").At(ClosedOn.AddDays(3)));

        var old = crm.Get(ConversationTable.LogicalName, closed);
        Assert.AreEqual(live, crm.ConversationOf("late").Id);
        Assert.HasCount(2, crm.Conversations());
        Assert.AreEqual((int)ConversationState.Closed, old.GetAttributeValue<OptionSetValue>(ConversationTable.StateCode).Value);
        Assert.AreEqual(1, old.GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual("root~" + closed.ToString("N"), old.GetAttributeValue<string>(ConversationTable.ExternalThreadId));
    }

    [TestMethod]
    public void A_late_reply_to_a_post_of_a_retired_conversation_whose_thread_has_closed_again_starts_a_conversation_of_the_original_thread()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var first = ClosedConversation(crm);
        crm.Send(WriteMessage.UpsertMultiple, Post("again").By("u2").InThread("root").At(ClosedOn.AddDays(10)));
        var second = crm.ConversationOf("again").Id;
        crm.Close(second, ClosedOn.AddDays(11));

        crm.Send(WriteMessage.UpsertMultiple, Post("late").By("u3").ReplyingTo("root").At(ClosedOn.AddDays(19)));

        var next = crm.ConversationOf("late");
        Assert.AreNotEqual(first, next.Id);
        Assert.AreNotEqual(second, next.Id);
        Assert.AreEqual("root", next.GetAttributeValue<string>(ConversationTable.ExternalThreadId));
        Assert.AreEqual(second, next.GetAttributeValue<EntityReference>(ConversationTable.PreviousConversation).Id);
        Assert.AreEqual("root~" + first.ToString("N"), crm.Get(ConversationTable.LogicalName, first).GetAttributeValue<string>(ConversationTable.ExternalThreadId));
        Assert.AreEqual("root~" + second.ToString("N"), crm.Get(ConversationTable.LogicalName, second).GetAttributeValue<string>(ConversationTable.ExternalThreadId));
    }

    [TestMethod]
    public void An_outbound_reply_joins_the_conversation_it_was_posted_in_and_marks_it_replied()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("root").By("u1").Saying("Where is my parcel?"));
        var conversation = crm.ConversationOf("root").Id;

        crm.Send(WriteMessage.Create, Post("answer").By("brand", "ourbrand").Saying("Sorry! It ships today.").At(SocialCrmFixture.Now.AddMinutes(-5)).Outbound(conversation));

        var after = crm.Get(ConversationTable.LogicalName, conversation);
        Assert.AreEqual(conversation, crm.ConversationOf("answer").Id);
        Assert.AreEqual((int)ConversationStatus.AwaitingCustomer, after.GetAttributeValue<OptionSetValue>(ConversationTable.StatusCode).Value);
        Assert.AreEqual(2, after.GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(1, after.GetAttributeValue<int>(ConversationTable.InboundMentionCount));
        Assert.AreEqual(SocialCrmFixture.Now.AddMinutes(-5), after.GetAttributeValue<DateTime>(ConversationTable.LastOutboundOn));
    }

    [TestMethod]
    public void An_outbound_reply_on_a_resolved_conversation_is_stored_and_leaves_it_resolved()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = ClosedConversation(crm);

        crm.Send(WriteMessage.Create, Post("late-answer").By("brand", "ourbrand").Saying("Glad it arrived!").Outbound(conversation));

        var after = crm.Get(ConversationTable.LogicalName, conversation);
        Assert.AreEqual(conversation, crm.ConversationOf("late-answer").Id);
        Assert.AreEqual((int)ConversationState.Closed, after.GetAttributeValue<OptionSetValue>(ConversationTable.StateCode).Value);
        Assert.AreEqual((int)ConversationStatus.Resolved, after.GetAttributeValue<OptionSetValue>(ConversationTable.StatusCode).Value);
        Assert.AreEqual(2, after.GetAttributeValue<int>(ConversationTable.MentionCount));
    }

    private static Guid ClosedConversation(SocialCrmDataverse crm)
    {
        crm.Send(WriteMessage.UpsertMultiple, Post("root").By("u1").At(ClosedOn.AddDays(-1)));
        var id = crm.ConversationOf("root").Id;
        crm.Close(id, ClosedOn);
        return id;
    }
}
