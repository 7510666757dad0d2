using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Conversation = SocialCrm.Plugins.Schema.ConversationTable;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Tests.Replies;

/// <summary>
/// A reply joins its conversation's figures when the worker records it as sent (an update of its send status, as the
/// worker's PATCH makes it): last outbound, the first-response time, and "awaiting customer" until the customer
/// writes again. Through LocalDataverse from the solution, so the step's registration and image are the real ones.
/// </summary>
[TestClass]
public sealed class SentReplyRollupTests
{
    private static readonly DateTime Now = SocialCrmFixture.Now;

    [TestMethod]
    public void A_reply_recorded_as_sent_sets_last_outbound_the_first_response_and_awaiting_customer()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = ReplyRulesTests.Conversation(crm, Post("root").At(Now.AddMinutes(-90)));
        var reply = crm.Service.Create(ReplyRulesTests.Reply(conversation, "On it."));

        MarkSent(crm, (reply, "1001", Now.AddMinutes(-30)));

        var after = crm.Get(Conversation.LogicalName, conversation);
        Assert.AreEqual((int)ConversationStatus.AwaitingCustomer, after.GetAttributeValue<OptionSetValue>(Conversation.StatusCode).Value);
        Assert.AreEqual(Now.AddMinutes(-30), after.GetAttributeValue<DateTime>(Conversation.LastOutboundOn));
        Assert.AreEqual(Now.AddMinutes(-30), after.GetAttributeValue<DateTime>(Conversation.FirstResponseOn));
        Assert.AreEqual(60, after.GetAttributeValue<int>(Conversation.FirstResponseMinutes));
        Assert.AreEqual(2, after.GetAttributeValue<int>(Conversation.MentionCount));
    }

    [TestMethod]
    public void The_customer_writing_again_awaits_a_reply_and_a_later_answer_keeps_the_first_response()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = ReplyRulesTests.Conversation(crm, Post("root").InThread("root").At(Now.AddMinutes(-90)));
        MarkSent(crm, (crm.Service.Create(ReplyRulesTests.Reply(conversation, "On it.")), "1001", Now.AddMinutes(-30)));

        crm.Send(WriteMessage.UpsertMultiple, Post("again").InThread("root").At(Now.AddMinutes(-20)));
        var waiting = crm.Get(Conversation.LogicalName, conversation);
        MarkSent(crm, (crm.Service.Create(ReplyRulesTests.Reply(conversation, "Refunded.")), "1002", Now.AddMinutes(-5)));

        var after = crm.Get(Conversation.LogicalName, conversation);
        Assert.AreEqual((int)ConversationStatus.AwaitingReply, waiting.GetAttributeValue<OptionSetValue>(Conversation.StatusCode).Value);
        Assert.AreEqual((int)ConversationStatus.AwaitingCustomer, after.GetAttributeValue<OptionSetValue>(Conversation.StatusCode).Value);
        Assert.AreEqual(Now.AddMinutes(-5), after.GetAttributeValue<DateTime>(Conversation.LastOutboundOn));
        Assert.AreEqual((Now.AddMinutes(-30), 60), (after.GetAttributeValue<DateTime>(Conversation.FirstResponseOn), after.GetAttributeValue<int>(Conversation.FirstResponseMinutes)));
    }

    [TestMethod]
    public void Recording_the_same_reply_as_sent_twice_counts_it_once()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = ReplyRulesTests.Conversation(crm, Post("root").At(Now.AddMinutes(-90)));
        var reply = crm.Service.Create(ReplyRulesTests.Reply(conversation, "On it."));

        MarkSent(crm, (reply, "1001", Now.AddMinutes(-30)));
        MarkSent(crm, (reply, "1001", Now.AddMinutes(-30)));

        Assert.AreEqual(2, crm.Get(Conversation.LogicalName, conversation).GetAttributeValue<int>(Conversation.MentionCount));
    }

    // Issue 13: the network has the reply even when Dataverse refused its post id, so the conversation was answered.
    [TestMethod]
    public void A_reply_sent_but_not_recorded_counts_as_the_answer_once()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = ReplyRulesTests.Conversation(crm, Post("root").At(Now.AddMinutes(-90)));
        var reply = crm.Service.Create(ReplyRulesTests.Reply(conversation, "On it."));

        crm.Service.Update(new Entity(Table.LogicalName, reply)
        {
            [Table.SendStatus] = new OptionSetValue((int)SendStatus.SentNotRecorded),
            [Table.SentOn] = Now.AddMinutes(-30),
            [Table.SendError] = "On the network as 1001, but Dataverse refused to record it.",
        });
        MarkSent(crm, (reply, "1001", Now.AddMinutes(-30)));

        var after = crm.Get(Conversation.LogicalName, conversation);
        Assert.AreEqual((int)ConversationStatus.AwaitingCustomer, after.GetAttributeValue<OptionSetValue>(Conversation.StatusCode).Value);
        Assert.AreEqual(Now.AddMinutes(-30), after.GetAttributeValue<DateTime>(Conversation.FirstResponseOn));
        Assert.AreEqual(2, after.GetAttributeValue<int>(Conversation.MentionCount));
    }

    [TestMethod]
    public void A_reply_still_waiting_is_not_counted()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = ReplyRulesTests.Conversation(crm, Post("root").At(Now.AddMinutes(-90)));
        var reply = crm.Service.Create(ReplyRulesTests.Reply(conversation, "On it."));

        crm.Service.Update(new Entity(Table.LogicalName, reply) { [Table.SendStatus] = new OptionSetValue((int)SendStatus.Sending) });

        var after = crm.Get(Conversation.LogicalName, conversation);
        Assert.AreEqual((int)ConversationStatus.AwaitingReply, after.GetAttributeValue<OptionSetValue>(Conversation.StatusCode).Value);
        Assert.IsNull(after.GetAttributeValue<DateTime?>(Conversation.FirstResponseOn));
    }

    [TestMethod]
    public void A_batch_of_sent_replies_reads_its_conversations_once_and_writes_each_once()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var first = ReplyRulesTests.Conversation(crm, Post("a").InThread("a").At(Now.AddMinutes(-90)));
        var second = ReplyRulesTests.Conversation(crm, Post("b").InThread("b").At(Now.AddMinutes(-80)));
        var replies = new[] { first, first, second, second, second }
            .Select((conversation, n) => (crm.Service.Create(ReplyRulesTests.Reply(conversation, "Answer " + n.ToString(CultureInfo.InvariantCulture))), "20" + n.ToString(CultureInfo.InvariantCulture), Now.AddMinutes(-10 + n)))
            .ToArray();
        crm.Calls.Clear();

        MarkSent(crm, replies);

        var conversationCalls = crm.Calls.Calls.Where(call => call.FromPlugin && call.PrimaryEntity == Conversation.LogicalName)
            .GroupBy(call => call.MessageName).ToDictionary(group => group.Key, group => group.Count());
        Assert.AreEqual(1, conversationCalls.GetValueOrDefault("RetrieveMultiple"), string.Join(", ", conversationCalls));
        Assert.AreEqual(2, conversationCalls.GetValueOrDefault("Update"), string.Join(", ", conversationCalls));
        Assert.AreEqual(4, crm.Get(Conversation.LogicalName, second).GetAttributeValue<int>(Conversation.MentionCount));
    }

    // What the worker writes when the network has the reply, in one UpdateMultiple (one reply: a single Update, as its PATCH is).
    private static void MarkSent(SocialCrmDataverse crm, params (Guid Reply, string PostId, DateTime SentOn)[] replies)
    {
        var rows = replies.Select(reply => new Entity(Table.LogicalName, reply.Reply)
        {
            [Table.SendStatus] = new OptionSetValue((int)SendStatus.Sent),
            [Table.ExternalPostId] = reply.PostId,
            [Table.SentOn] = reply.SentOn,
            [Table.PostedOn] = reply.SentOn,
        }).ToList();
        if (rows.Count == 1)
        {
            crm.Service.Update(rows[0]);
            return;
        }

        crm.Service.Execute(new UpdateMultipleRequest { Targets = new EntityCollection(rows) { EntityName = Table.LogicalName } });
    }
}
