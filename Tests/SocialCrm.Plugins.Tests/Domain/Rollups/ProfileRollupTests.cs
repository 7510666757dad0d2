using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Rollups;

[TestClass]
public sealed class ProfileRollupTests
{
    private static readonly DateTime T0 = new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void New_mentions_add_to_count_average_engagement_and_last_mention()
    {
        var stored = new ProfileFigures(2, 2, T0, -0.5, 10, 0);

        var figures = ProfileRollup.Apply(stored, 1000, false, new[] { Mention(0.4, 5, engagement: 5), Mention(-0.2, 10, engagement: 0) });

        Assert.AreEqual(4, figures.MentionCount);
        Assert.AreEqual(-0.2, figures.AverageSentiment!.Value, 1e-12);
        Assert.AreEqual(15, figures.TotalEngagement);
        Assert.AreEqual(T0.AddMinutes(10), figures.LastMentionOn);
        Assert.AreEqual(InfluenceScore.Compute(1000, false, 15), figures.InfluenceScore);
    }

    [TestMethod]
    public void First_mention_sets_the_average()
    {
        var figures = ProfileRollup.Apply(ProfileFigures.Empty, null, false, new[] { Mention(-0.75, 0) });

        Assert.AreEqual(-0.75, figures.AverageSentiment);
        Assert.AreEqual(1, figures.MentionCount);
    }

    [TestMethod]
    public void Late_mention_does_not_move_the_last_mention_back()
    {
        var figures = ProfileRollup.Apply(new ProfileFigures(1, 1, T0, 0, 0, 0), null, false, new[] { Mention(0, -60) });

        Assert.AreEqual(T0, figures.LastMentionOn);
    }

    [TestMethod]
    public void Total_engagement_saturates_instead_of_overflowing()
    {
        var figures = ProfileRollup.Apply(new ProfileFigures(1, 1, T0, 0, int.MaxValue - 1, 0), null, false, new[] { Mention(0, 1, engagement: 10) });

        Assert.AreEqual(int.MaxValue, figures.TotalEngagement);
    }

    [TestMethod]
    public void Influence_follows_the_profiles_current_reach()
    {
        var unknown = ProfileRollup.Apply(ProfileFigures.Empty, null, false, new[] { Mention(0, 0) });
        var famous = ProfileRollup.Apply(ProfileFigures.Empty, 5_000_000, true, new[] { Mention(0, 0) });

        Assert.AreEqual(0, unknown.InfluenceScore);
        Assert.IsGreaterThan(60, famous.InfluenceScore);
    }

    [TestMethod]
    public void Unscored_mention_is_counted_but_does_not_pull_the_average_toward_zero()
    {
        var unscored = new RollupMention(0, SentimentLabel.NotScored, MentionDirection.Inbound, T0.AddMinutes(5));

        var figures = ProfileRollup.Apply(ProfileFigures.Empty, null, false, new[] { Mention(-0.8, 0), unscored });

        Assert.AreEqual(2, figures.MentionCount);
        Assert.AreEqual(1, figures.ScoredMentionCount);
        Assert.AreEqual(-0.8, figures.AverageSentiment);
        Assert.AreEqual(T0.AddMinutes(5), figures.LastMentionOn);
    }

    [TestMethod]
    public void Average_divides_by_scored_mentions_only_when_unscored_ones_came_before()
    {
        var stored = new ProfileFigures(3, 1, T0, -0.6, 0, 0);

        var figures = ProfileRollup.Apply(stored, null, false, new[] { Mention(0.2, 5) });

        Assert.AreEqual(4, figures.MentionCount);
        Assert.AreEqual(2, figures.ScoredMentionCount);
        Assert.AreEqual(-0.2, figures.AverageSentiment!.Value, 1e-12);
    }

    [TestMethod]
    public void Figures_stored_before_the_scored_count_take_the_mention_count_as_the_averages_samples()
    {
        var stored = new ProfileFigures(3, 0, T0, -0.6, 0, 0);

        var figures = ProfileRollup.Apply(stored, null, false, new[] { Mention(0.2, 5) });

        Assert.AreEqual(4, figures.ScoredMentionCount);
        Assert.AreEqual(-0.4, figures.AverageSentiment!.Value, 1e-12);
    }

    private static RollupMention Mention(double score, int minutes, int engagement = 0) =>
        new RollupMention(score, SentimentLabel.Neutral, MentionDirection.Inbound, T0.AddMinutes(minutes), engagement);
}
