using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Tests.Domain.Intake;

[TestClass]
public sealed class EngagementTests
{
    [TestMethod]
    [DataRow(3, 2, 1, 6, DisplayName = "likes, shares and replies add up")]
    [DataRow(null, 2, null, 2, DisplayName = "missing counts are 0")]
    [DataRow(-5, 2, 1, 3, DisplayName = "negative counts are 0")]
    [DataRow(int.MaxValue, int.MaxValue, 1, int.MaxValue, DisplayName = "saturates at the largest whole number")]
    public void Total_engagement_sums_the_counts(int? likes, int? shares, int? replies, int expected)
    {
        Assert.AreEqual(expected, new Engagement(likes, shares, replies).Total);
    }
}
