using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>
/// Intake and rollups run exactly once per new mention whichever message writes it, as the merged pipeline of
/// Create/CreateMultiple and Upsert's Create path promise.
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
/// </summary>
[TestClass]
public sealed class WriteMessageTests
{
    [TestMethod]
    [DataRow(WriteMessage.Create, DisplayName = "Create")]
    [DataRow(WriteMessage.CreateMultiple, DisplayName = "CreateMultiple")]
    [DataRow(WriteMessage.Upsert, DisplayName = "Upsert")]
    [DataRow(WriteMessage.UpsertMultiple, DisplayName = "UpsertMultiple")]
    public void A_new_mention_is_prepared_and_counted_exactly_once_whichever_message_writes_it(WriteMessage message)
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(message, Post("1").By("u1", "@Ann_X", "Ann Lee").Saying("  I love   this phone!\nBest purchase ever. "));

        var mention = crm.Mentions().Single();
        var profile = crm.Profiles().Single();
        var conversation = crm.Conversations().Single();
        Assert.AreEqual("I love this phone!", mention.GetAttributeValue<string>(MentionTable.Subject));
        Assert.AreEqual("I love   this phone!\nBest purchase ever.", mention.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual("ann_x", mention.GetAttributeValue<string>(MentionTable.AuthorHandle));
        Assert.AreEqual(profile.Id, mention.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
        Assert.AreEqual(conversation.Id, mention.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.IsTrue(mention.GetAttributeValue<decimal>(MentionTable.SentimentScore) > 0);
        Assert.AreEqual(1, profile.GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.InboundMentionCount));
        Assert.AreEqual((int)ConversationStatus.AwaitingReply, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.StatusCode).Value);
    }
}
