using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Replies;

namespace SocialCrm.Plugins.Tests.Domain.Replies;

/// <summary>
/// Counting as each network counts. X's cases follow its published examples
/// (https://docs.x.com/fundamentals/counting-characters): emoji weigh 2 whatever their code points, a URL 23, CJK 2.
/// </summary>
[TestClass]
public sealed class ReplyLengthTests
{
    [TestMethod]
    [DataRow("hello", 5, DisplayName = "Latin: one each")]
    [DataRow("café", 4, DisplayName = "accented Latin, composed or not (NFC)")]
    [DataRow("cafe\u0301", 4, DisplayName = "decomposed é counts as the composed one")]
    [DataRow("\U0001F600", 2, DisplayName = "an emoji: 2")]
    [DataRow("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", 2, DisplayName = "a family joined with ZWJ: still 2")]
    [DataRow("\U0001F44D\U0001F3FD", 2, DisplayName = "thumbs up with a skin tone: 2")]
    [DataRow("\U0001F1EB\U0001F1F7", 2, DisplayName = "a flag (two regional indicators): 2")]
    [DataRow("日本語", 6, DisplayName = "CJK: 2 each")]
    [DataRow("“quoted” — dash", 15, DisplayName = "curly quotes and the em dash are in X's light ranges: 1 each")]
    [DataRow("see https://example.com/a/very/long/path/that/goes/on/and/on.", 28, DisplayName = "a URL: 23, the sentence's full stop is not part of it")]
    public void X_weighs_text_as_its_counting_rules_say(string text, int weight)
    {
        Assert.AreEqual(weight, ReplyLength.XWeightedLength(text));
    }

    [TestMethod]
    public void Bluesky_counts_graphemes_so_a_family_emoji_is_one()
    {
        var text = new string('a', 299) + "\U0001F468\u200D\U0001F469\u200D\U0001F467";

        Assert.IsNull(ReplyLength.Check(SocialCrm.Mentions.SocialPlatform.Bluesky, isPrivate: false, text));
        Assert.IsNotNull(ReplyLength.Check(SocialCrm.Mentions.SocialPlatform.Bluesky, isPrivate: false, text + "b"));
    }

    [TestMethod]
    public void Mastodon_counts_a_remote_mention_by_its_user_part_and_a_link_as_23()
    {
        Assert.AreEqual(6 + 1 + 23, ReplyLength.MastodonLength("@alice@mastodon.social https://example.com/" + new string('x', 100)));
    }

    [TestMethod]
    public void A_Messenger_reply_has_its_own_limit_of_2000()
    {
        Assert.IsNull(ReplyLength.Check(SocialCrm.Mentions.SocialPlatform.Facebook, isPrivate: true, new string('a', 2000)));
        Assert.AreEqual("is too long for a Messenger message: 2001 characters, the limit is 2000",
            ReplyLength.Check(SocialCrm.Mentions.SocialPlatform.Facebook, isPrivate: true, new string('a', 2001)));
    }
}
