using System;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Feeds;

/// <summary>
/// Issue #13, feeds: a comment in a non-Latin script with emoji, in wordpress-comments-rss.xml's shape (WordPress's
/// wp-includes/feed-rss2-comments.php: the commenter's name in dc:creator, the comment's HTML in content:encoded), keeps
/// every character, whether written as UTF-8 or as a numeric character reference.
/// </summary>
[TestClass]
public sealed class FeedScriptsTests
{
    [TestMethod]
    public void A_comment_in_Greek_with_emoji_keeps_its_authors_name_and_every_character_of_its_text()
    {
        var xml = Samples.Text("wordpress-comments-rss.xml")
            .Replace("<dc:creator><![CDATA[Katherine Johnson]]></dc:creator>", "<dc:creator><![CDATA[Ελένη Παπαδοπούλου]]></dc:creator>", StringComparison.Ordinal)
            .Replace("<description><![CDATA[Mine leaks too. Is there a recall?]]></description>",
                "<description><![CDATA[Και το δικό μου στάζει 😞 Υπάρχει ανάκληση;]]></description>", StringComparison.Ordinal)
            .Replace("<p>Mine leaks too. Is there a <a href=\"https://trailkitchen.example/recalls\">recall</a>?</p>",
                "<p>Και το δικό μου στάζει &#128542; Υπάρχει <a href=\"https://trailkitchen.example/recalls\">ανάκληση</a>;</p>", StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });

        var comment = FeedEntryReader.Read(reader, new FeedSubscription { Url = new Uri("https://feeds.example/"), Platform = SocialPlatform.Blog }, FixedClock.Noon)
            .Single().Input;

        Assert.AreEqual("Και το δικό μου στάζει 😞 Υπάρχει ανάκληση;", comment.Text);
        Assert.AreEqual("Ελένη Παπαδοπούλου", comment.AuthorDisplayName);
    }
}
