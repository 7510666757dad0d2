using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Mentions;

/// <summary>A score that comes with the mention (from a listening tool or Azure AI Language) is carried to Dataverse with
/// who scored it, for the server's intake to keep.</summary>
[TestClass]
public sealed class UpstreamSentimentTests
{
    private readonly MentionNormalizer normalizer = new(new FixedClock(FixedClock.Noon));

    [TestMethod]
    public void A_delivered_score_and_its_source_reach_the_mention_row()
    {
        var input = Inputs.Valid();
        input.SentimentScore = "-0.82";
        input.SentimentSource = " Azure AI Language ";

        var result = normalizer.Normalize(input);
        var target = MentionTarget.From(result.Mention!);

        Assert.IsTrue(result.IsAccepted, result.Reason);
        Assert.AreEqual(-0.82m, (decimal?)target[MentionTable.SentimentScore]);
        Assert.AreEqual("Azure AI Language", (string?)target[MentionTable.SentimentSource]);
    }

    [TestMethod]
    public void Without_a_delivered_score_the_row_leaves_sentiment_to_the_server()
    {
        var target = MentionTarget.From(normalizer.Normalize(Inputs.Valid()).Mention!);

        Assert.IsFalse(target.ContainsKey(MentionTable.SentimentScore));
        Assert.IsFalse(target.ContainsKey(MentionTable.SentimentSource));
    }

    [TestMethod]
    [DataRow("1.5", "Brandwatch", "sentimentScore (scrm_sentimentscore) is not a score from -1 (negative) to 1 (positive): '1.5'",
        DisplayName = "a score outside -1..1")]
    [DataRow("very negative", "Brandwatch", "sentimentScore (scrm_sentimentscore) is not a score", DisplayName = "a score that is not a number")]
    [DataRow("0.4", null, "sentimentSource (scrm_sentimentsource) is required", DisplayName = "a score without its source")]
    [DataRow(null, "Brandwatch", "sentimentSource (scrm_sentimentsource) names a scorer but no sentimentScore came with it",
        DisplayName = "a source without a score")]
    public void A_delivered_score_that_cannot_be_kept_is_refused_with_the_field_named(string? score, string? source, string expected)
    {
        var input = Inputs.Valid();
        input.SentimentScore = score;
        input.SentimentSource = source;

        var result = normalizer.Normalize(input);

        Assert.IsFalse(result.IsAccepted);
        StringAssert.Contains(result.Reason, expected);
    }

    [TestMethod]
    public void A_queued_mention_keeps_its_delivered_score()
    {
        var input = Inputs.Valid();
        input.SentimentScore = "0.6";
        input.SentimentSource = "Sprout Social";
        var mention = normalizer.Normalize(input).Mention!;

        var queued = MentionJson.Deserialize(MentionJson.Serialize(mention));

        Assert.AreEqual(0.6, queued.SentimentScore);
        Assert.AreEqual("Sprout Social", queued.SentimentSource);
    }
}
