using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>Complaints written in plain words, without a sentiment word (issue 17, negative recall): a failure told by
/// negating what was expected, a nuisance that keeps happening, a counted wait, a question that complains. Each rule
/// is shown with a look-alike that must stay neutral.</summary>
[TestClass]
public sealed class PlainComplaintRulesTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    [DataRow("my parcel never arrived", DisplayName = "never arrived")]
    [DataRow("nobody called me back", DisplayName = "nobody called me back")]
    [DataRow("the return label doesn't print", DisplayName = "doesn't print")]
    [DataRow("they never got back to me", DisplayName = "never got back to")]
    public void A_negated_expectation_reports_a_failure(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("my parcel arrived", DisplayName = "arrived")]
    [DataRow("they called me back", DisplayName = "called me back")]
    public void An_expectation_met_in_plain_words_stays_neutral(string text)
    {
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("the app keeps logging me out", DisplayName = "keeps logging")]
    [DataRow("they kept sending me the same link", DisplayName = "kept sending")]
    public void Keep_before_an_action_reports_a_nuisance_that_recurs(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("keep reading below", DisplayName = "an imperative opening the sentence")]
    [DataRow("keep going, you've got this", DisplayName = "keep going")]
    public void Keep_as_encouragement_is_no_complaint(string text)
    {
        Assert.AreNotEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("been on hold for 50 minutes", DisplayName = "for 50 minutes")]
    [DataRow("paid for next day delivery, arrived five days later", DisplayName = "five days later")]
    [DataRow("it still hasn't shipped", DisplayName = "still")]
    [DataRow("my order was supposed to arrive Tuesday", DisplayName = "supposed to")]
    public void A_counted_wait_or_a_state_that_goes_on_is_a_complaint(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("see you in two days", SentimentLabel.Neutral, DisplayName = "a time that is no wait")]
    [DataRow("the update takes 5 minutes", SentimentLabel.Neutral, DisplayName = "a duration with no wait")]
    [DataRow("I've been married for ten years", SentimentLabel.Positive, DisplayName = "a span with a good word")]
    public void A_span_of_time_without_a_wait_is_no_complaint(string text, SentimentLabel expected)
    {
        Assert.AreEqual(expected, Scorer.Score(text).Label);
    }

    [TestMethod]
    [DataRow("why is nothing ever in stock?", DisplayName = "why ... nothing")]
    [DataRow("who approved this", DisplayName = "who approved")]
    public void A_question_that_complains_is_not_damped_as_a_question(string text)
    {
        Assert.AreEqual(SentimentLabel.Negative, Scorer.Score(text).Label);
    }

    [TestMethod]
    public void A_complaining_opener_does_not_turn_praise_negative()
    {
        Assert.AreNotEqual(SentimentLabel.Negative, Scorer.Score("why is it so good?").Label);
    }

    [TestMethod]
    public void The_end_of_the_text_closes_a_negation_as_a_full_stop_does()
    {
        Assert.AreEqual(Scorer.Score("two hours late and no call.").Score,
            Scorer.Score("two hours late and no call").Score, 1e-9);
    }

    [TestMethod]
    [DataRow("I don't know yet", DisplayName = "don't know")]
    [DataRow("no idea what time it starts", DisplayName = "no idea")]
    public void A_hedge_is_not_a_refusal(string text)
    {
        Assert.AreEqual(SentimentLabel.Neutral, Scorer.Score(text).Label);
    }
}
