using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>The scorer says when it cannot judge: a text in a language the lexicon does not cover, or with nothing to
/// read, gets no score instead of a false neutral.</summary>
[TestClass]
public sealed class JudgeableTextTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    [DataRow("https://t.co/Qm3bX8", DisplayName = "a link")]
    [DataRow("@Northwind @NorthwindHelp", DisplayName = "handles")]
    [DataRow("#giveaway #contest", DisplayName = "hashtags without sentiment")]
    [DataRow("@sam_j #tbt https://example.com/p/1", DisplayName = "handle, hashtag and link")]
    public void Text_with_nothing_but_links_handles_and_hashtags_is_not_scored(string text)
    {
        var result = Scorer.Score(text);

        Assert.AreEqual(SentimentLabel.NotScored, result.Label);
        Assert.IsFalse(result.IsScored);
    }

    [TestMethod]
    [DataRow("Это просто ужасно, заказ так и не пришёл", DisplayName = "Russian, Cyrillic script")]
    [DataRow("配達が遅すぎる。最悪。", DisplayName = "Japanese")]
    [DataRow("الخدمة سيئة جدا", DisplayName = "Arabic")]
    [DataRow("El servicio fue terrible, nunca más", DisplayName = "Spanish, with an English-looking word")]
    [DataRow("Der Zug hat schon wieder Verspätung, ich bin so genervt", DisplayName = "German")]
    [DataRow("C'est vraiment génial, merci beaucoup !", DisplayName = "French")]
    public void Text_in_a_language_the_lexicon_does_not_cover_is_not_scored(string text)
    {
        Assert.AreEqual(SentimentLabel.NotScored, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("see you at the station at 6", DisplayName = "plain English")]
    [DataRow("Order 55120 @Northwind https://t.co/x", DisplayName = "words beside a handle and a link")]
    [DataRow("👀", DisplayName = "an emoji without polarity")]
    [DataRow("Meeting at the café on Rue de Rivoli", DisplayName = "English with a French place name")]
    public void English_text_without_sentiment_words_is_scored_neutral(string text)
    {
        var result = Scorer.Score(text);

        Assert.IsTrue(result.IsScored);
        Assert.AreEqual(SentimentLabel.Neutral, result.Label);
    }

    [TestMethod]
    [DataRow("#blessed", SentimentLabel.Positive, DisplayName = "a hashtag with sentiment")]
    [DataRow("@Northwind 😡 https://t.co/x", SentimentLabel.Negative, DisplayName = "an emoji beside a handle and a link")]
    public void Text_of_hashtags_or_emoji_with_sentiment_is_scored(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }
}
