using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>The rules issue 17 added for everyday social text, beyond talk to a brand; each row is a post a person
/// could write.</summary>
[TestClass]
public sealed class SocialTextRulesTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    [DataRow("miss you guys", SentimentLabel.Negative)]
    [DataRow("feeling sick today", SentimentLabel.Negative)]
    [DataRow("so lonely tonight", SentimentLabel.Negative)]
    [DataRow("I'm so mad right now", SentimentLabel.Negative)]
    [DataRow("made me cry", SentimentLabel.Negative)]
    [DataRow("what an idiot", SentimentLabel.Negative)]
    [DataRow("dumb decision by the council", SentimentLabel.Negative)]
    [DataRow("that movie was hilarious", SentimentLabel.Positive)]
    [DataRow("so lucky to have you", SentimentLabel.Positive)]
    [DataRow("congrats on the new job", SentimentLabel.Positive)]
    [DataRow("sending you a big hug", SentimentLabel.Positive)]
    [DataRow("my friends are the sweetest", SentimentLabel.Positive)]
    [DataRow("we laughed all night", SentimentLabel.Positive)]
    public void Everyday_words_carry_their_polarity(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("the dark scares me", DisplayName = "scares")]
    [DataRow("he got scared", DisplayName = "scared")]
    [DataRow("flying terrifies me", DisplayName = "terrifies")]
    [DataRow("the noise is annoying", DisplayName = "annoying")]
    [DataRow("she was sobbing", DisplayName = "sobbing, consonant doubled")]
    public void Inflected_forms_are_read_as_their_word(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("this album is the shit", SentimentLabel.Positive, DisplayName = "is the shit")]
    [DataRow("this update is shit", SentimentLabel.Negative, DisplayName = "is shit")]
    [DataRow("that was a bad ass show", SentimentLabel.Positive, DisplayName = "bad ass")]
    [DataRow("sick trick bro", SentimentLabel.Positive, DisplayName = "sick trick")]
    [DataRow("that's a sick joke", SentimentLabel.Negative, DisplayName = "sick joke")]
    [DataRow("this fit is fire", SentimentLabel.Positive, DisplayName = "is fire")]
    [DataRow("the building is on fire", SentimentLabel.Negative, DisplayName = "on fire")]
    [DataRow("fire drill at 11", SentimentLabel.Neutral, DisplayName = "fire drill")]
    public void Slang_and_profanity_are_read_in_context(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("We're waiting for the plumber", DisplayName = "waiting")]
    [DataRow("Lost and found is at the front desk", DisplayName = "lost and found")]
    [DataRow("stuck at my desk till 6, call you after", DisplayName = "stuck")]
    [DataRow("wrong number sorry", DisplayName = "wrong number")]
    [DataRow("win a free trip to Paris", DisplayName = "win a")]
    [DataRow("yes I'll be there at 5", DisplayName = "yes")]
    [DataRow("The best way to reach us is email", DisplayName = "the best way")]
    [DataRow("flight delayed by 20 mins", DisplayName = "delayed")]
    public void Service_words_alone_do_not_make_a_plain_statement_polar(string text)
    {
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("Still waiting for my refund, been waiting 3 weeks", DisplayName = "still waiting")]
    [DataRow("the app keeps crashing and support is useless", DisplayName = "crashing with useless")]
    [DataRow("delayed again. every single day", DisplayName = "delayed again")]
    public void Service_words_count_when_the_text_complains(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("not the latter lol", DisplayName = "negated laughter")]
    [DataRow("no way lol", DisplayName = "no way lol")]
    public void Laughter_is_not_negated(string text)
    {
        Assert.AreNotEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("he never stops being cute", SentimentLabel.Positive, DisplayName = "never stops being cute")]
    [DataRow("never been happier", SentimentLabel.Positive, DisplayName = "never been happier")]
    [DataRow("couldn't be happier with it", SentimentLabel.Positive, DisplayName = "couldn't be happier")]
    [DataRow("never been so disappointed", SentimentLabel.Negative, DisplayName = "never been so disappointed")]
    [DataRow("I'll never forget how scared I was", SentimentLabel.Negative, DisplayName = "never forget how scared")]
    [DataRow("I'll never forget how kind they were", SentimentLabel.Positive, DisplayName = "never forget how kind")]
    [DataRow("0 issues so far", SentimentLabel.Positive, DisplayName = "0 issues")]
    [DataRow("can't stop smiling", SentimentLabel.Positive, DisplayName = "can't stop smiling")]
    [DataRow("can't stop crying", SentimentLabel.Negative, DisplayName = "can't stop crying")]
    public void Double_negation_and_superlatives_keep_the_author_s_stance(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("Love it :) Do you have it in blue?", "Love it :)", DisplayName = "an emoticon closes its sentence")]
    [DataRow("Love it 😍 is there a blue one?", "Love it 😍", DisplayName = "an emoji closes its sentence")]
    public void A_question_damps_only_its_own_sentence(string withQuestion, string statementAlone)
    {
        Assert.AreEqual(Scorer.Score(statementAlone).Score, Scorer.Score(withQuestion).Score, 1e-9);
    }

    [TestMethod]
    [DataRow("does the hotel have a nice pool", DisplayName = "a question without its mark")]
    [DataRow("is the premium plan any good", DisplayName = "is ... any good")]
    public void A_sentence_opening_as_a_question_asks_even_without_a_question_mark(string text)
    {
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("=p", SentimentLabel.Positive)]
    [DataRow(":*", SentimentLabel.Positive)]
    [DataRow("^.^", SentimentLabel.Positive)]
    [DataRow(";(", SentimentLabel.Negative)]
    [DataRow("=/", SentimentLabel.Negative)]
    [DataRow("🥳", SentimentLabel.Positive)]
    [DataRow("🖕", SentimentLabel.Negative)]
    [DataRow("🤒", SentimentLabel.Negative)]
    public void Emoticon_and_emoji_variants_are_known(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow(";0 no way", DisplayName = ";0")]
    [DataRow("o.o what", DisplayName = "o.o")]
    public void Surprise_faces_are_read_as_emoticons(string text)
    {
        Assert.IsGreaterThanOrEqualTo(1, Scorer.Score(text).MatchedTerms);
    }

    [TestMethod]
    [DataRow("late again #pleasestopnow", SentimentLabel.Negative, DisplayName = "#pleasestopnow")]
    [DataRow("#hahahaha", SentimentLabel.Positive, DisplayName = "#hahahaha")]
    [DataRow("#bestdayever", SentimentLabel.Positive, DisplayName = "#bestdayever")]
    [DataRow("flight cancelled #neveragain", SentimentLabel.Negative, DisplayName = "#neveragain")]
    [DataRow("#fail", SentimentLabel.Negative, DisplayName = "a hashtag that is one word")]
    public void Hashtags_are_split_into_their_words(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("hahahahaha stop it", DisplayName = "laughter of any length")]
    [DataRow("lololol", DisplayName = "lololol")]
    public void Laughter_of_any_length_is_recognised(string text)
    {
        Assert.AreEqual(SentimentLabel.Positive, Scorer.Score(text).Label);
    }
}
