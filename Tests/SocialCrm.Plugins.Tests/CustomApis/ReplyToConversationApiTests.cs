using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Replies.ReplyRulesTests;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.ReplyToConversation;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Tests.CustomApis;

[TestClass]
public sealed class ReplyToConversationApiTests
{
    [TestMethod]
    public void Returns_the_reply_waiting_for_the_worker()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root").On(SocialPlatform.Mastodon));

        var reply = (EntityReference)crm.Service.Execute(Request(conversation, "Thanks for telling us."))[Api.Reply];

        var stored = crm.Get(Table.LogicalName, reply.Id);
        Assert.AreEqual(Table.LogicalName, reply.LogicalName);
        Assert.AreEqual((int)SendStatus.Pending, stored.GetAttributeValue<OptionSetValue>(Table.SendStatus).Value);
        Assert.AreEqual((int)MentionDirection.Outbound, stored.GetAttributeValue<OptionSetValue>(Table.Direction).Value);
        Assert.AreEqual("root", stored.GetAttributeValue<string>(Table.InReplyToId));
    }

    [TestMethod]
    public void Refuses_with_the_reply_rules_message_inside_its_own()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));
        var request = Request(conversation, "DM us please");
        request[Api.Private] = true;

        var refusal = SocialCrmDataverse.Rejection(() => crm.Service.Execute(request));

        StringAssert.Contains(refusal, "A private reply needs a direct-message thread");
    }

    [TestMethod]
    public void Reopens_a_resolved_conversation_only_when_the_caller_confirms_it()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var conversation = Conversation(crm, Post("root"));
        crm.Close(conversation, SocialCrmFixture.Now.AddMinutes(-10));
        StringAssert.Contains(SocialCrmDataverse.Rejection(() => crm.Service.Execute(Request(conversation, "Anything else?"))), "The conversation is resolved: reopen it first");

        var confirmed = Request(conversation, "Anything else?");
        confirmed[Api.ReopenConversation] = true;
        var reply = (EntityReference)crm.Service.Execute(confirmed)[Api.Reply];

        var after = crm.Get(ConversationTable.LogicalName, conversation);
        Assert.AreEqual((int)ConversationState.Open, after.GetAttributeValue<OptionSetValue>(ConversationTable.StateCode).Value);
        Assert.AreEqual((int)SendStatus.Pending, crm.Get(Table.LogicalName, reply.Id).GetAttributeValue<OptionSetValue>(Table.SendStatus).Value);
    }

    private static OrganizationRequest Request(System.Guid conversation, string text) =>
        new(Api.Name)
        {
            [Api.Conversation] = new EntityReference(ConversationTable.LogicalName, conversation),
            [Api.Text] = text,
        };
}
