using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.ScoreSentiment;

namespace SocialCrm.Plugins.Tests.CustomApis;

[TestClass]
public sealed class ScoreSentimentApiTests
{
    [TestMethod]
    [DataRow("This is the worst service ever. Absolutely terrible!", "negative", true, DisplayName = "A furious complaint")]
    [DataRow("Thanks for the quick delivery.", "positive", false, DisplayName = "A thank-you")]
    [DataRow("", "notscored", false, DisplayName = "No text is not scored")]
    [DataRow("Der Zug hat schon wieder Verspätung, ich bin so genervt", "notscored", false, DisplayName = "German is not scored")]
    public void Scores_a_text_with_a_label_and_whether_it_is_negative(string text, string label, bool isNegative)
    {
        using var crm = SocialCrmFixture.Start().Build();

        var response = crm.Service.Execute(new OrganizationRequest(Api.Name) { [Api.Text] = text });

        Assert.AreEqual(label, response[Api.Label]);
        Assert.AreEqual(isNegative, response[Api.IsNegative]);
        Assert.IsInstanceOfType<decimal>(response[Api.Score]);
    }

    [TestMethod]
    public void Gives_a_text_the_score_intake_gives_a_mention_with_that_text()
    {
        using var crm = SocialCrmFixture.Start().Build();
        const string text = "  Not   impressed with the update.\u200B ";
        crm.Send(WriteMessage.Create, Post("1").Saying(text));

        var response = crm.Service.Execute(new OrganizationRequest(Api.Name) { [Api.Text] = text });

        Assert.AreEqual(crm.Mention("1").GetAttributeValue<decimal>(MentionTable.SentimentScore), (decimal)response[Api.Score]);
    }
}
