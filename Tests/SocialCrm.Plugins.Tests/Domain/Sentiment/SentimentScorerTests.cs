using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>One test per rule of the scorer; each row is a text a customer could write.</summary>
[TestClass]
public sealed class SentimentScorerTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    [DataRow("The staff were helpful", "The staff were not helpful", DisplayName = "not helpful")]
    [DataRow("The service was good", "The service wasn't good", DisplayName = "wasn't good")]
    [DataRow("That was bad", "That was not bad", DisplayName = "not bad")]
    [DataRow("The app crashes", "The app never crashes", DisplayName = "never crashes")]
    [DataRow("I was disappointed", "I was not at all disappointed", DisplayName = "negation reaches past two words")]
    [DataRow("Support was helpful", "Support wasn’t helpful", DisplayName = "typographic apostrophe")]
    [DataRow("We had issues", "We had no issues", DisplayName = "no issues")]
    public void Negation_flips_the_sign_and_softens(string plain, string negated)
    {
        var plainScore = Scorer.Score(plain).Score;
        var negatedScore = Scorer.Score(negated).Score;

        Assert.AreNotEqual(0, Math.Sign(plainScore), plain);
        Assert.AreEqual(-Math.Sign(plainScore), Math.Sign(negatedScore), negated);
        Assert.IsLessThan(Math.Abs(plainScore), Math.Abs(negatedScore));
    }

    [TestMethod]
    [DataRow("No. The food was great", SentimentLabel.Positive, DisplayName = "a full stop ends the negation")]
    [DataRow("Not sure, the staff were lovely", SentimentLabel.Positive, DisplayName = "a comma ends the negation")]
    [DataRow("I did not expect the delivery driver to be so nice", SentimentLabel.Positive,
        DisplayName = "negation reaches three words, not seven")]
    [DataRow("Can't wait for the launch", SentimentLabel.Positive, DisplayName = "can't wait is a phrase, not a negation")]
    [DataRow("The printer is not working", SentimentLabel.Negative, DisplayName = "not working is a phrase")]
    public void Negation_reaches_only_the_next_few_words_of_its_clause(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("The agent was helpful", "The agent was very helpful", DisplayName = "very")]
    [DataRow("The agent was helpful", "The agent was extremely helpful", DisplayName = "extremely")]
    [DataRow("The wait was bad", "The wait was really bad", DisplayName = "really, negative")]
    [DataRow("Checkout is slow", "Checkout is slow af", DisplayName = "af after the word")]
    [DataRow("Best gift", "Best gift ever", DisplayName = "ever after the word")]
    [DataRow("The staff were good", "The staff were SO good", DisplayName = "shouted intensifier")]
    [DataRow("good", "fucking good", DisplayName = "profanity intensifies praise")]
    [DataRow("slow", "damn slow", DisplayName = "profanity intensifies a complaint")]
    public void Intensifier_strengthens_the_term_it_modifies(string plain, string intensified)
    {
        var plainScore = Scorer.Score(plain).Score;
        var intensifiedScore = Scorer.Score(intensified).Score;

        Assert.AreEqual(Math.Sign(plainScore), Math.Sign(intensifiedScore));
        Assert.IsGreaterThan(Math.Abs(plainScore), Math.Abs(intensifiedScore));
    }

    [TestMethod]
    [DataRow("I'm disappointed", "I'm slightly disappointed", DisplayName = "slightly")]
    [DataRow("I'm disappointed", "I'm kind of disappointed", DisplayName = "kind of")]
    [DataRow("The room was nice", "The room was a bit nice", DisplayName = "a bit")]
    [DataRow("The food is good", "The food is pretty good", DisplayName = "pretty before a sentiment word")]
    public void Dampener_softens_the_term_it_modifies(string plain, string dampened)
    {
        var plainScore = Scorer.Score(plain).Score;
        var dampenedScore = Scorer.Score(dampened).Score;

        Assert.AreEqual(Math.Sign(plainScore), Math.Sign(dampenedScore));
        Assert.IsLessThan(Math.Abs(plainScore), Math.Abs(dampenedScore));
    }

    [TestMethod]
    [DataRow("That jacket is pretty", SentimentLabel.Positive, DisplayName = "pretty alone is praise")]
    [DataRow("Super!", SentimentLabel.Positive, DisplayName = "super alone is praise")]
    [DataRow("So kind of you to call back", SentimentLabel.Positive, DisplayName = "kind of you is not a dampener")]
    public void Word_that_can_modify_carries_its_own_sentiment_when_nothing_follows(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("The food was amazing but the service was poor", SentimentLabel.Negative,
        DisplayName = "amazing but poor")]
    [DataRow("Delivery was terrible but the staff were nice", SentimentLabel.Positive,
        DisplayName = "terrible but nice")]
    [DataRow("Excellent price, however the quality is poor", SentimentLabel.Negative, DisplayName = "however")]
    [DataRow("Awful wait. But the pizza was good", SentimentLabel.Positive, DisplayName = "but opens a sentence")]
    public void Clause_after_but_outweighs_a_stronger_clause_before(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("The service was terrible", "The service was TERRIBLE", DisplayName = "capitals, negative")]
    [DataRow("Thank you", "THANK YOU", DisplayName = "capitals, positive phrase")]
    [DataRow("Great service", "Great service!", DisplayName = "one exclamation mark")]
    [DataRow("Great service!", "Great service!!!", DisplayName = "three exclamation marks")]
    [DataRow("Worst delivery ever.", "Worst delivery ever!!", DisplayName = "exclamation marks, negative")]
    [DataRow("Thanks :)", "Thanks :)))", DisplayName = "repeated emoticon")]
    public void Capitals_and_exclamation_marks_amplify(string plain, string emphatic)
    {
        var plainScore = Scorer.Score(plain).Score;
        var emphaticScore = Scorer.Score(emphatic).Score;

        Assert.AreEqual(Math.Sign(plainScore), Math.Sign(emphaticScore));
        Assert.IsGreaterThan(Math.Abs(plainScore), Math.Abs(emphaticScore));
    }

    [TestMethod]
    [DataRow("See you on Tuesday!", DisplayName = "one exclamation mark")]
    [DataRow("ORDER 4471 SHIPPED TODAY", DisplayName = "capitals alone")]
    public void Mild_emphasis_without_sentiment_stays_neutral(string text)
    {
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("omg I got tickets!!!", SentimentLabel.Positive, DisplayName = "!!! on unknown words is excitement")]
    [DataRow("seriously?? again??", SentimentLabel.Negative, DisplayName = "?? on unknown words is indignation")]
    [DataRow("where is my parcel?!", SentimentLabel.Negative, DisplayName = "?! is indignation")]
    public void Emphasis_on_words_the_lexicon_does_not_know_still_counts(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("Is the premium plan good for families?", SentimentLabel.Neutral, DisplayName = "a question asks")]
    [DataRow("The premium plan is good for families.", SentimentLabel.Positive, DisplayName = "a statement states")]
    [DataRow("Why is the app so bad??", SentimentLabel.Negative, DisplayName = "?? is indignation")]
    public void Single_question_mark_weakens_its_sentence(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow(":)", SentimentLabel.Positive, DisplayName = ":)")]
    [DataRow(":-D", SentimentLabel.Positive, DisplayName = ":-D")]
    [DataRow(";)", SentimentLabel.Positive, DisplayName = ";)")]
    [DataRow("<3", SentimentLabel.Positive, DisplayName = "<3")]
    [DataRow("xD", SentimentLabel.Positive, DisplayName = "xD")]
    [DataRow(":(", SentimentLabel.Negative, DisplayName = ":(")]
    [DataRow(":'(", SentimentLabel.Negative, DisplayName = ":'(")]
    [DataRow("</3", SentimentLabel.Negative, DisplayName = "</3")]
    [DataRow("still waiting :/", SentimentLabel.Negative, DisplayName = ":/")]
    [DataRow("thanks:)", SentimentLabel.Positive, DisplayName = "emoticon stuck to a word")]
    [DataRow("😀", SentimentLabel.Positive, DisplayName = "grinning face, surrogate pair")]
    [DataRow("😡", SentimentLabel.Negative, DisplayName = "enraged face")]
    [DataRow("👍", SentimentLabel.Positive, DisplayName = "thumbs up")]
    [DataRow("👎", SentimentLabel.Negative, DisplayName = "thumbs down")]
    [DataRow("🙏", SentimentLabel.Positive, DisplayName = "folded hands")]
    [DataRow("💔", SentimentLabel.Negative, DisplayName = "broken heart")]
    [DataRow("🔥", SentimentLabel.Positive, DisplayName = "fire")]
    [DataRow("❤️", SentimentLabel.Positive, DisplayName = "red heart with variation selector")]
    [DataRow("👍🏽", SentimentLabel.Positive, DisplayName = "thumbs up with skin tone")]
    [DataRow("🤦‍♂️", SentimentLabel.Negative, DisplayName = "man facepalming, zero-width-joined")]
    [DataRow("Order arrived 📦", SentimentLabel.Neutral, DisplayName = "emoji without polarity")]
    public void Emoticons_and_emoji_carry_their_polarity(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("Part D: the results", DisplayName = "D: is a label")]
    [DataRow("Delivery in <30 minutes", DisplayName = "<3 inside <30")]
    [DataRow("Call me at 10:30 (after lunch):", DisplayName = "times and brackets")]
    [DataRow("Docs at https://great.example.com/:/fine", DisplayName = "links are skipped")]
    [DataRow("Ordered from @Nice_Shoes today", DisplayName = "handles are skipped")]
    [DataRow("Meeting on 1/10/2024", DisplayName = "a date is not a rating")]
    public void Look_alikes_of_emoticons_words_and_ratings_match_nothing(string text)
    {
        Assert.AreEqual(0, Scorer.Score(text).MatchedTerms);
    }

    [TestMethod]
    [DataRow("10/10 would order again", SentimentLabel.Positive, DisplayName = "10/10")]
    [DataRow("2/10 would not order again", SentimentLabel.Negative, DisplayName = "2/10")]
    [DataRow("5/5", SentimentLabel.Positive, DisplayName = "5/5")]
    [DataRow("1/5, avoid", SentimentLabel.Negative, DisplayName = "1/5")]
    public void Ratings_out_of_five_or_ten_carry_their_polarity(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("gooood", "good", DisplayName = "gooood")]
    [DataRow("soooo slow", "so slow", DisplayName = "soooo is so")]
    [DataRow("Loveeee it", "Love it", DisplayName = "loveeee")]
    [DataRow("happpyyyy", "happy", DisplayName = "two stretched runs")]
    [DataRow("ughhhhh", "ugh", DisplayName = "ughhhhh")]
    public void Elongated_word_is_read_as_its_folded_form_and_stressed(string elongated, string plain)
    {
        var elongatedResult = Scorer.Score(elongated);
        var plainResult = Scorer.Score(plain);

        Assert.AreEqual(plainResult.Label, elongatedResult.Label);
        Assert.AreNotEqual(SentimentLabel.Neutral, elongatedResult.Label);
        Assert.IsGreaterThan(Math.Abs(plainResult.Score), Math.Abs(elongatedResult.Score));
    }

    [TestMethod]
    [DataRow("top-notch support", SentimentLabel.Positive, DisplayName = "a compound the lexicon knows")]
    [DataRow("a really user-friendly app", SentimentLabel.Positive, DisplayName = "a compound read by its parts")]
    [DataRow("It looks like rain", SentimentLabel.Neutral, DisplayName = "looks like is a comparison")]
    [DataRow("What a rip off", SentimentLabel.Negative, DisplayName = "a two-word phrase")]
    [DataRow("Went above and beyond", SentimentLabel.Positive, DisplayName = "a three-word phrase")]
    public void Phrases_and_compounds_are_read_as_one_term(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow(" ", DisplayName = "a space")]
    [DataRow(" \t\r\n ", DisplayName = "tabs and line breaks")]
    public void Empty_or_whitespace_text_is_not_scored(string text)
    {
        var result = Scorer.Score(text);

        Assert.IsFalse(result.IsScored);
        Assert.AreEqual(SentimentLabel.NotScored, result.Label);
        Assert.AreEqual(0, result.MatchedTerms);
    }

    [TestMethod]
    [DataRow("WORST. SERVICE. EVER!!!!! 😡😡😡😡😡😡 absolutely terrible horrible awful disgusting",
        DisplayName = "as negative as it gets")]
    [DataRow("BEST EVER!!!!! 😍😍😍😍😍 absolutely amazing perfect brilliant superb <3 <3 <3",
        DisplayName = "as positive as it gets")]
    [DataRow("not not not not not good", DisplayName = "stacked negators")]
    [DataRow("very very very very very very very very very good", DisplayName = "stacked intensifiers")]
    public void Score_stays_strictly_within_minus_one_and_one(string text)
    {
        var score = Scorer.Score(text).Score;

        Assert.IsGreaterThan(-1.0, score);
        Assert.IsLessThan(1.0, score);
    }

    [TestMethod]
    public void Score_of_a_very_long_text_stays_within_minus_one_and_one()
    {
        var text = string.Concat(Enumerable.Repeat("AMAZING!!! 😍 ", 5000));

        var score = Scorer.Score(text).Score;

        Assert.IsGreaterThan(0.99, score);
        Assert.IsLessThan(1.0, score);
    }

    [TestMethod]
    [DataRow("The food was great but the service was terrible!!", DisplayName = "contrast and emphasis")]
    [DataRow("sooo not happy 😡 @Northwind https://x.example/1 3/10", DisplayName = "every token kind")]
    public void Same_text_scores_the_same_every_time_and_with_every_lexicon_instance(string text)
    {
        var first = Scorer.Score(text);
        var again = Scorer.Score(text);
        var otherInstance = new SentimentScorer(SentimentLexicon.CreateDefault()).Score(text);

        Assert.AreEqual(first.Score, again.Score);
        Assert.AreEqual(first.Score, otherInstance.Score);
        Assert.AreEqual(first.Label, otherInstance.Label);
        Assert.AreEqual(first.MatchedTerms, otherInstance.MatchedTerms);
    }

    [TestMethod]
    public void Scorer_refuses_a_missing_lexicon()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => new SentimentScorer(null!));
    }
}
