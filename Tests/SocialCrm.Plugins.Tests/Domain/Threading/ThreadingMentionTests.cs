using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Domain.Intake;

namespace SocialCrm.Plugins.Tests.Domain.Threading;

[TestClass]
public sealed class ThreadingMentionTests
{
    [TestMethod]
    public void Threading_view_of_an_incoming_mention_carries_its_thread_and_subject()
    {
        var conversation = Guid.NewGuid();
        var incoming = new IncomingMentionBuilder
        {
            ExternalPostId = "101",
            ThreadId = "100",
            InReplyToId = "100",
            Direction = (int)MentionDirection.Outbound,
            ConversationId = conversation,
            Text = "  Sorry to hear that!\nPlease DM us.",
        }.Build().Normalized();

        var mention = ThreadingMention.From(MentionValidator.Validate(incoming, IncomingMentionBuilder.Now).Mention!);

        Assert.AreEqual(SocialPlatform.X, mention.Platform);
        Assert.AreEqual("101", mention.ExternalPostId);
        Assert.AreEqual("X 100", mention.ThreadKey.ToString());
        Assert.AreEqual("X 100", mention.ParentKey!.ToString());
        Assert.AreEqual(MentionDirection.Outbound, mention.Direction);
        Assert.AreEqual(conversation, mention.ConversationId);
        Assert.AreEqual(incoming.PostedOn, mention.PostedOn);
        Assert.AreEqual("Sorry to hear that!", mention.Subject);
    }
}
