using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>The third round of issue 17 (negative recall): things that happen again, counted repeats, "too" before a
/// plain word, an everyday word shouted in capitals, praise said in sarcasm after a bad turn, and plain complaint
/// phrases. Each rule is shown with a look-alike that must keep its reading.</summary>
[TestClass]
public sealed class RecurrenceAndSarcasmRulesTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    [DataRow("I'm never flying with them again", DisplayName = "never ... again")]
    [DataRow("not again", DisplayName = "not again")]
    [DataRow("the heating is off again. third time this month", DisplayName = "again, third time")]
    public void Again_is_weary_whether_or_not_it_is_negated(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("we'd happily go again", SentimentLabel.Positive, DisplayName = "go again")]
    [DataRow("we're going again next year", SentimentLabel.Positive, DisplayName = "going again")]
    [DataRow("the room smelled of smoke, I wouldn't stay again", SentimentLabel.Negative, DisplayName = "wouldn't stay again")]
    public void Coming_back_again_is_praise_and_refusing_to_is_a_complaint(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("they charged my card three times", DisplayName = "three times")]
    [DataRow("I've rung them 4 times and nobody picks up", DisplayName = "4 times")]
    public void A_counted_repeat_is_a_complaint(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("take two tablets three times a day", DisplayName = "three times a day")]
    [DataRow("the bus comes 3 times an hour", DisplayName = "3 times an hour")]
    public void A_rate_is_no_repeat(string text)
    {
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("the room was too small", DisplayName = "too small")]
    [DataRow("way too early for this", DisplayName = "way too early")]
    public void Too_before_a_plain_word_is_a_complaint(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("me too", SentimentLabel.Neutral, DisplayName = "me too")]
    [DataRow("see you too lol", SentimentLabel.Neutral, DisplayName = "too before laughter")]
    [DataRow("this is too cute", SentimentLabel.Positive, DisplayName = "too before a good word")]
    public void Too_as_also_or_before_a_rated_word_keeps_its_reading(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    public void An_everyday_word_shouted_in_lower_case_text_is_a_complaint()
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score("they left my parcel in the BIN").Label);
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score("they left my parcel in the bin").Label);
    }

    [TestMethod]
    [DataRow("PASSED MY DRIVING TEST", SentimentLabel.Positive, DisplayName = "a text all in capitals")]
    [DataRow("the NHS app has a new look", SentimentLabel.Neutral, DisplayName = "an acronym")]
    [DataRow("my cat is OBSESSED with the box", SentimentLabel.Positive, DisplayName = "a rated word in capitals")]
    public void Capitals_that_are_no_anger_keep_their_reading(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("Flight delayed, bags lost. Great.", DisplayName = "Great.")]
    [DataRow("my phone died. perfect.", DisplayName = "perfect.")]
    public void Praise_standing_alone_after_a_bad_turn_is_sarcasm(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("Bags arrived. Great.", DisplayName = "after good news")]
    [DataRow("Rough week. Great weekend though!", DisplayName = "exclaimed")]
    [DataRow("My team lost. Still proud.", DisplayName = "a feeling, not a tag")]
    public void Praise_that_is_meant_stays_positive(string text)
    {
        Assert.AreEqual(SentimentLabel.Positive, Scorer.Score(text).Label);
    }

    [TestMethod]
    public void A_question_sure_of_its_complaint_mocks_the_good_word_it_quotes()
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score("who decided this was a good idea").Label);
    }

    [TestMethod]
    [DataRow("they closed down our library", DisplayName = "closed down")]
    [DataRow("what's the point", DisplayName = "what's the point")]
    [DataRow("trying not to cry", DisplayName = "trying not to cry")]
    [DataRow("is it too much to ask for a seat", DisplayName = "too much to ask")]
    public void A_plain_complaint_phrase_is_negative(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    public void Trying_not_to_laugh_is_still_laughter()
    {
        Assert.AreEqual(SentimentLabel.Positive, Scorer.Score("try not to laugh").Label);
    }
}
