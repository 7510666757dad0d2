using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Plugins.Tests.Domain.Intake;

[TestClass]
public sealed class IncomingMentionTests
{
    [TestMethod]
    public void Normalising_a_mention_cleans_every_text_column_and_keeps_the_rest()
    {
        var raw = new IncomingMentionBuilder
        {
            ExternalPostId = " 19\u200B00 ",
            ThreadId = "\uFEFF18",
            InReplyToId = " 17 ",
            Text = " caf\u0065\u0301\u0000 \r\n ok ",
            PostUrl = " https://x.com/a ",
            Language = " en ",
            AuthorExternalId = " 44\n",
            AuthorHandle = " @Jane_Doe ",
            AuthorDisplayName = " Jane \t Doe ",
            AuthorEmail = " Jane@Example.com ",
        }.Build();

        var mention = raw.Normalized();

        Assert.AreEqual("1900", mention.ExternalPostId);
        Assert.AreEqual("18", mention.ThreadId);
        Assert.AreEqual("17", mention.InReplyToId);
        Assert.AreEqual("caf\u00E9 \n ok", mention.Text);
        Assert.AreEqual("https://x.com/a", mention.PostUrl);
        Assert.AreEqual("en", mention.Language);
        Assert.AreEqual("44", mention.Author.ExternalId);
        Assert.AreEqual("jane_doe", mention.Author.Handle);
        Assert.AreEqual("Jane Doe", mention.Author.DisplayName);
        Assert.AreEqual("jane@example.com", mention.Author.Email);
        Assert.AreEqual(raw.Platform, mention.Platform);
        Assert.AreEqual(raw.PostedOn, mention.PostedOn);
        Assert.AreEqual(raw.Author.Followers, mention.Author.Followers);
        Assert.AreEqual(raw.Engagement.Likes, mention.Engagement.Likes);
    }
}
