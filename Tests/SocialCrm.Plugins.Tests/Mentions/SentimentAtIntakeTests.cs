using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>Intake keeps a score that came with the mention, scores the rest itself, says who scored, and leaves a
/// text it cannot judge unscored so that no figure or case is built on a false 0.</summary>
[TestClass]
public sealed class SentimentAtIntakeTests
{
    [TestMethod]
    public void A_score_sent_with_the_mention_is_kept_and_labelled_with_its_source()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.Create, Post("1").Saying("This is the worst service ever.")
            .Set(MentionTable.SentimentScore, 0.55m).Set(MentionTable.SentimentSource, "Azure AI Language"));

        var mention = crm.Mention("1");
        Assert.AreEqual(0.55m, mention.GetAttributeValue<decimal>(MentionTable.SentimentScore));
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.AreEqual("Azure AI Language", mention.GetAttributeValue<string>(MentionTable.SentimentSource));
    }

    [TestMethod]
    public void Without_a_score_the_local_scorer_fills_in_and_says_so()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.Create, Post("1").Saying("This is the worst service ever."));

        var mention = crm.Mention("1");
        Assert.IsLessThan(0m, mention.GetAttributeValue<decimal>(MentionTable.SentimentScore));
        Assert.AreEqual((int)SentimentLabel.Negative, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.AreEqual(SentimentScorer.SourceName, mention.GetAttributeValue<string>(MentionTable.SentimentSource));
    }

    [TestMethod]
    public void A_mention_in_another_language_is_not_scored_keeps_its_language_and_adds_no_sentiment_to_its_conversation()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.Create, Post("1").Saying("El servicio fue terrible, nunca más").Set(MentionTable.Language, "es"));

        var mention = crm.Mention("1");
        Assert.IsFalse(mention.Contains(MentionTable.SentimentScore) && mention[MentionTable.SentimentScore] != null, "no false 0");
        Assert.AreEqual((int)SentimentLabel.NotScored, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.AreEqual("es", mention.GetAttributeValue<string>(MentionTable.Language));
        var conversation = crm.ConversationOf("1");
        Assert.IsFalse(conversation.Contains(ConversationTable.AverageSentiment) && conversation[ConversationTable.AverageSentiment] != null);
    }

    [TestMethod]
    public void A_profiles_average_sentiment_divides_by_its_scored_mentions_only()
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(WriteMessage.Create, Post("1").By("u1", "ann").Saying("Worst service").Set(MentionTable.SentimentScore, -0.8m));
        crm.Send(WriteMessage.Create, Post("2").By("u1", "ann").Saying("El servicio fue terrible, nunca más"));
        crm.Send(WriteMessage.Create, Post("3").By("u1", "ann").Saying("Fixed, thanks").Set(MentionTable.SentimentScore, 0.4m));

        var profile = crm.Profile("u1");
        Assert.AreEqual(3, profile.GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.AreEqual(2, profile.GetAttributeValue<int>(SocialProfileTable.ScoredMentionCount));
        Assert.AreEqual(-0.2m, profile.GetAttributeValue<decimal>(SocialProfileTable.AverageSentiment));
    }

    [TestMethod]
    public void An_unscored_mention_opens_no_case_even_with_an_escalation_keyword()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.CreateContact("Lee", "ann@example.com", "Ann");

        crm.Send(WriteMessage.Create, Post("1").By("u1", "ann").Email("ann@example.com").Followers(10_000_000, verified: true)
            .Saying("Quiero mi refund ahora, por favor, es muy urgente"));

        Assert.AreEqual((int)SentimentLabel.NotScored, crm.Mention("1").GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.IsFalse(crm.Cases().Any(), "escalation waits for a person to read what the scorer could not");
    }
}
