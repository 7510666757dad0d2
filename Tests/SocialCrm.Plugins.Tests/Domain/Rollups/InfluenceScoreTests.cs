using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Rollups;

namespace SocialCrm.Plugins.Tests.Domain.Rollups;

[TestClass]
public sealed class InfluenceScoreTests
{
    private static readonly long[] Counts =
    {
        0, 1, 2, 5, 9, 10, 50, 99, 100, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 9_999_999, 10_000_000,
        100_000_000, long.MaxValue / 2,
    };

    [TestMethod]
    [DataRow(0L, false, 0L, 0, DisplayName = "nobody")]
    [DataRow(0L, true, 0L, 15, DisplayName = "verified only")]
    [DataRow(9L, false, 0L, 9, DisplayName = "9 followers: one decade of seven")]
    [DataRow(0L, false, 9L, 5, DisplayName = "9 engagements: one decade of five")]
    [DataRow(9_999_999L, false, 0L, 60, DisplayName = "followers saturate at ten million")]
    [DataRow(1_000_000_000L, false, 0L, 60, DisplayName = "more followers add nothing")]
    [DataRow(0L, false, 99_999L, 25, DisplayName = "engagement saturates at a hundred thousand")]
    [DataRow(9_999_999L, true, 99_999L, 100, DisplayName = "everything: 100")]
    [DataRow(long.MaxValue, true, long.MaxValue, 100, DisplayName = "huge inputs stay at 100")]
    [DataRow(-5L, false, -5L, 0, DisplayName = "negative inputs count as zero")]
    public void Influence_is_log_scaled_reach_plus_standing_plus_resonance(long followers, bool verified, long engagement, int expected)
    {
        Assert.AreEqual(expected, InfluenceScore.Compute(followers, verified, engagement));
    }

    [TestMethod]
    public void Influence_stays_within_0_and_100()
    {
        foreach (var followers in Counts)
        {
            foreach (var engagement in Counts)
            {
                foreach (var verified in new[] { false, true })
                {
                    var score = InfluenceScore.Compute(followers, verified, engagement);
                    Assert.IsInRange(0, 100, score);
                }
            }
        }
    }

    [TestMethod]
    public void Influence_never_falls_as_followers_grow()
    {
        foreach (var engagement in new long[] { 0, 100, 100_000 })
        {
            var scores = Counts.Select(followers => InfluenceScore.Compute(followers, false, engagement)).ToList();
            for (var i = 1; i < scores.Count; i++)
            {
                Assert.IsGreaterThanOrEqualTo(scores[i - 1], scores[i], $"followers {Counts[i - 1]} -> {Counts[i]}");
            }
        }
    }

    [TestMethod]
    public void Influence_never_falls_as_engagement_grows()
    {
        foreach (var followers in new long[] { 0, 1_000, 10_000_000 })
        {
            var scores = Counts.Select(engagement => InfluenceScore.Compute(followers, true, engagement)).ToList();
            for (var i = 1; i < scores.Count; i++)
            {
                Assert.IsGreaterThanOrEqualTo(scores[i - 1], scores[i], $"engagement {Counts[i - 1]} -> {Counts[i]}");
            }
        }
    }

    [TestMethod]
    public void Every_tenfold_step_in_followers_below_saturation_raises_influence()
    {
        var decades = new long[] { 0, 9, 99, 999, 9_999, 99_999, 999_999, 9_999_999 };

        var scores = decades.Select(followers => InfluenceScore.Compute(followers, false, 0)).ToList();

        for (var i = 1; i < scores.Count; i++)
        {
            Assert.IsGreaterThan(scores[i - 1], scores[i], $"followers {decades[i - 1]} -> {decades[i]}");
        }
    }

    [TestMethod]
    public void Being_verified_adds_15()
    {
        foreach (var followers in new long[] { 0, 1_000, 10_000_000 })
        {
            Assert.AreEqual(InfluenceScore.Compute(followers, false, 50) + 15, InfluenceScore.Compute(followers, true, 50));
        }
    }
}
