using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>Intake scores a whole batch in one set of buffers: no text may score differently for the texts before it.</summary>
[TestClass]
public sealed class ScoringBuffersTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    public void Every_labelled_text_scores_the_same_after_longer_and_shorter_texts_in_shared_buffers()
    {
        var texts = LabelledMentionsFile.Load().Select(mention => mention.Text).ToList();
        // Longest first, then shortest first: each text meets buffers left larger, and then smaller, by the one before.
        foreach (var order in new[] { texts.OrderByDescending(text => text.Length).ToList(), texts.OrderBy(text => text.Length).ToList() })
        {
            var buffers = new ScoringBuffers();
            foreach (var text in order)
            {
                var alone = Scorer.Score(text);
                var shared = Scorer.Score(text, buffers);
                Assert.AreEqual(alone.Label, shared.Label, text);
                Assert.AreEqual(alone.Score, shared.Score, text);
                Assert.AreEqual(alone.MatchedTerms, shared.MatchedTerms, text);
            }
        }
    }

    [TestMethod]
    public void A_hashtag_phrase_longer_than_its_text_is_not_read_after_a_longer_text()
    {
        // "#bestdayever" splits into three words whose phrase with spaces is longer than the text itself.
        var buffers = new ScoringBuffers();
        Scorer.Score(new string('x', 200) + " what a day", buffers);
        var shared = Scorer.Score("#bestdayever", buffers);
        var alone = Scorer.Score("#bestdayever");
        Assert.AreEqual(alone.Score, shared.Score);
        Assert.AreEqual(alone.MatchedTerms, shared.MatchedTerms);
    }
}
