using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Rollups;

[TestClass]
public sealed class ConversationRollupTests
{
    private static readonly DateTime T0 = new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void First_inbound_mention_sets_every_figure_and_awaits_a_reply()
    {
        var figures = ConversationRollup.Apply(ConversationFigures.Empty, new[] { Inbound(-0.7, 0) });

        Assert.AreEqual(1, figures.MentionCount);
        Assert.AreEqual(1, figures.InboundMentionCount);
        Assert.AreEqual(T0, figures.FirstMentionOn);
        Assert.AreEqual(T0, figures.LastMentionOn);
        Assert.AreEqual(T0, figures.LastInboundOn);
        Assert.IsNull(figures.LastOutboundOn);
        Assert.AreEqual(-0.7, figures.AverageSentiment);
        Assert.AreEqual(-0.7, figures.LastSentiment);
        Assert.AreEqual(SentimentTrend.Stable, figures.Trend);
        Assert.AreEqual(1, figures.NegativeStreak);
        Assert.AreEqual(ConversationStatus.AwaitingReply, figures.Status);
        Assert.AreEqual(ConversationState.Open, figures.State);
    }

    [TestMethod]
    public void Outbound_reply_awaits_the_customer_and_leaves_the_customers_sentiment_alone()
    {
        var before = ConversationRollup.Apply(ConversationFigures.Empty, new[] { Inbound(-0.5, 0) });

        var figures = ConversationRollup.Apply(before, new[] { Outbound(0.9, 10) });

        Assert.AreEqual(2, figures.MentionCount);
        Assert.AreEqual(1, figures.InboundMentionCount);
        Assert.AreEqual(T0.AddMinutes(10), figures.LastOutboundOn);
        Assert.AreEqual(T0.AddMinutes(10), figures.LastMentionOn);
        Assert.AreEqual(T0, figures.LastInboundOn);
        Assert.AreEqual(-0.5, figures.AverageSentiment);
        Assert.AreEqual(-0.5, figures.LastSentiment);
        Assert.AreEqual(ConversationStatus.AwaitingCustomer, figures.Status);
    }

    [TestMethod]
    public void The_first_answer_after_the_customer_spoke_is_the_first_response_and_later_answers_keep_it()
    {
        var figures = ConversationRollup.Apply(ConversationFigures.Empty,
            new[] { Inbound(-0.5, 0), Outbound(0.5, 45), Inbound(-0.2, 60), Outbound(0.5, 70) });

        Assert.AreEqual(T0.AddMinutes(45), figures.FirstResponseOn);
        Assert.AreEqual(45, figures.Times.FirstResponseMinutes);
        Assert.AreEqual(T0.AddMinutes(70), figures.LastOutboundOn);
    }

    [TestMethod]
    public void Our_own_post_that_opens_a_thread_answers_nobody_and_the_customer_answering_it_awaits_our_reply()
    {
        var opened = ConversationRollup.Apply(ConversationFigures.Empty, new[] { Outbound(0.5, 0) });
        var answered = ConversationRollup.Apply(opened, new[] { Inbound(-0.3, 5) });

        Assert.IsNull(opened.FirstResponseOn);
        Assert.IsNull(opened.Times.FirstResponseMinutes);
        Assert.AreEqual(ConversationStatus.AwaitingReply, answered.Status);
    }

    [TestMethod]
    public void Average_sentiment_is_the_running_mean_of_inbound_mentions()
    {
        var figures = ConversationRollup.Apply(ConversationFigures.Empty,
            new[] { Inbound(-0.5, 0), Outbound(1.0, 1), Inbound(-1.0, 2), Inbound(0.6, 3) });

        Assert.AreEqual(-0.3, figures.AverageSentiment!.Value, 1e-12);
        Assert.AreEqual(3, figures.InboundMentionCount);
        Assert.AreEqual(4, figures.MentionCount);
    }

    [TestMethod]
    public void Running_mean_continues_from_the_stored_figures()
    {
        var stored = Figures(mentionCount: 3, inboundMentionCount: 2, averageSentiment: -0.5, lastInboundOn: T0);

        var figures = ConversationRollup.Apply(stored, new[] { Inbound(0.4, 5) });

        Assert.AreEqual(-0.2, figures.AverageSentiment!.Value, 1e-12);
        Assert.AreEqual(3, figures.InboundMentionCount);
        Assert.AreEqual(4, figures.MentionCount);
    }

    [TestMethod]
    public void Figures_stored_before_the_inbound_count_existed_use_the_mention_count_as_samples()
    {
        var legacy = Figures(mentionCount: 3, inboundMentionCount: 0, averageSentiment: -1.0, lastInboundOn: T0);

        var figures = ConversationRollup.Apply(legacy, new[] { Inbound(1.0, 5) });

        Assert.AreEqual(-0.5, figures.AverageSentiment!.Value, 1e-12);
        Assert.AreEqual(4, figures.InboundMentionCount);
    }

    [TestMethod]
    [DataRow(0.0, 0.5, SentimentTrend.Improving, DisplayName = "well above the average")]
    [DataRow(0.0, -0.5, SentimentTrend.Worsening, DisplayName = "well below the average")]
    [DataRow(0.25, 0.375, SentimentTrend.Improving, DisplayName = "just past the dead band above")]
    [DataRow(0.25, 0.125, SentimentTrend.Worsening, DisplayName = "just past the dead band below")]
    [DataRow(0.0, 0.1, SentimentTrend.Stable, DisplayName = "exactly the dead band above")]
    [DataRow(0.0, -0.1, SentimentTrend.Stable, DisplayName = "exactly the dead band below")]
    [DataRow(-0.4, -0.4, SentimentTrend.Stable, DisplayName = "equal")]
    public void Trend_compares_the_latest_score_with_the_average_before_it(double averageBefore, double latest, SentimentTrend expected)
    {
        Assert.AreEqual(expected, ConversationRollup.Trend(latest, averageBefore));

        var stored = Figures(mentionCount: 1, inboundMentionCount: 1, averageSentiment: averageBefore, lastInboundOn: T0);
        Assert.AreEqual(expected, ConversationRollup.Apply(stored, new[] { Inbound(latest, 5) }).Trend);
    }

    [TestMethod]
    [DataRow("NNN", 3, DisplayName = "three negatives")]
    [DataRow("NNP", 0, DisplayName = "a positive breaks the streak")]
    [DataRow("NNU", 0, DisplayName = "a neutral breaks the streak")]
    [DataRow("NoN", 2, DisplayName = "our reply in between neither extends nor breaks it")]
    [DataRow("PNN", 2, DisplayName = "streak counts from the last non-negative")]
    public void Negative_streak_counts_negative_inbound_mentions_in_a_row(string sequence, int expected)
    {
        var mentions = sequence.Select((code, minute) => code == 'o'
            ? Outbound(0.5, minute)
            : new RollupMention(code == 'N' ? -0.8 : code == 'P' ? 0.8 : 0.0,
                code == 'N' ? SentimentLabel.Negative : code == 'P' ? SentimentLabel.Positive : SentimentLabel.Neutral,
                MentionDirection.Inbound, T0.AddMinutes(minute)));

        Assert.AreEqual(expected, ConversationRollup.Apply(ConversationFigures.Empty, mentions).NegativeStreak);
    }

    [TestMethod]
    public void Negative_streak_continues_from_the_stored_figures()
    {
        var stored = Figures(mentionCount: 2, inboundMentionCount: 2, averageSentiment: -0.8, lastInboundOn: T0, negativeStreak: 2);

        Assert.AreEqual(3, ConversationRollup.Apply(stored, new[] { Inbound(-0.9, 5) }).NegativeStreak);
    }

    [TestMethod]
    public void Late_inbound_mention_joins_the_average_but_not_the_latest_figures()
    {
        var stored = Figures(mentionCount: 2, inboundMentionCount: 2, averageSentiment: 0.5, lastInboundOn: T0.AddHours(1),
            lastSentiment: 0.5, firstMentionOn: T0, negativeStreak: 0, status: ConversationStatus.AwaitingCustomer, lastMentionOn: T0.AddHours(2));

        var figures = ConversationRollup.Apply(stored, new[] { Inbound(-1.0, -30) });

        Assert.AreEqual(0.0, figures.AverageSentiment!.Value, 1e-12);
        Assert.AreEqual(0.5, figures.LastSentiment);
        Assert.AreEqual(0, figures.NegativeStreak);
        Assert.AreEqual(T0.AddHours(1), figures.LastInboundOn);
        Assert.AreEqual(T0.AddHours(2), figures.LastMentionOn);
        Assert.AreEqual(T0.AddMinutes(-30), figures.FirstMentionOn);
        Assert.AreEqual(ConversationStatus.AwaitingCustomer, figures.Status);
    }

    [TestMethod]
    public void New_mentions_count_in_the_order_they_were_posted_not_the_order_given()
    {
        var figures = ConversationRollup.Apply(ConversationFigures.Empty, new[] { Outbound(0.2, 2), Inbound(-0.9, 1) });

        Assert.AreEqual(ConversationStatus.AwaitingCustomer, figures.Status);
        Assert.AreEqual(T0.AddMinutes(1), figures.FirstMentionOn);
        Assert.AreEqual(-0.9, figures.LastSentiment);
    }

    [TestMethod]
    [DataRow(ConversationStatus.Resolved, DisplayName = "resolved")]
    [DataRow(ConversationStatus.Ignored, DisplayName = "ignored")]
    public void Closed_conversation_keeps_its_status(ConversationStatus status)
    {
        var closed = Figures(mentionCount: 1, inboundMentionCount: 1, averageSentiment: 0, lastInboundOn: T0,
            state: ConversationState.Closed, status: status);

        var figures = ConversationRollup.Apply(closed, new[] { Inbound(-0.5, 5) });

        Assert.AreEqual(status, figures.Status);
        Assert.AreEqual(ConversationState.Closed, figures.State);
        Assert.AreEqual(2, figures.MentionCount);
    }

    [TestMethod]
    public void No_new_mentions_change_nothing()
    {
        var stored = Figures(mentionCount: 2, inboundMentionCount: 1, averageSentiment: -0.25, lastInboundOn: T0, negativeStreak: 1);

        var figures = ConversationRollup.Apply(stored, Array.Empty<RollupMention>());

        Assert.AreEqual(stored.MentionCount, figures.MentionCount);
        Assert.AreEqual(stored.AverageSentiment, figures.AverageSentiment);
        Assert.AreEqual(stored.NegativeStreak, figures.NegativeStreak);
        Assert.AreEqual(stored.Status, figures.Status);
    }

    [TestMethod]
    [DataRow(-1.01, DisplayName = "below -1")]
    [DataRow(1.01, DisplayName = "above 1")]
    [DataRow(double.NaN, DisplayName = "not a number")]
    public void Score_outside_minus_one_to_one_is_refused(double score)
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RollupMention(score, SentimentLabel.Neutral, MentionDirection.Inbound, T0));
    }

    [TestMethod]
    public void Unscored_inbound_mention_is_counted_and_awaits_a_reply_but_moves_no_sentiment_figure()
    {
        var before = ConversationRollup.Apply(ConversationFigures.Empty, new[] { Inbound(-0.6, 0) });

        var figures = ConversationRollup.Apply(before, new[] { Unscored(5) });

        Assert.AreEqual(2, figures.MentionCount);
        Assert.AreEqual(1, figures.InboundMentionCount, "the count behind the average counts scored mentions");
        Assert.AreEqual(T0.AddMinutes(5), figures.LastInboundOn);
        Assert.AreEqual(-0.6, figures.AverageSentiment);
        Assert.AreEqual(-0.6, figures.LastSentiment);
        Assert.AreEqual(1, figures.NegativeStreak, "an unscored mention neither extends nor breaks the streak");
        Assert.AreEqual(ConversationStatus.AwaitingReply, figures.Status);
    }

    [TestMethod]
    public void Conversation_of_unscored_mentions_only_has_no_average_sentiment()
    {
        var figures = ConversationRollup.Apply(ConversationFigures.Empty, new[] { Unscored(0), Unscored(1) });

        Assert.AreEqual(2, figures.MentionCount);
        Assert.IsNull(figures.AverageSentiment, "no false 0");
        Assert.IsNull(figures.LastSentiment);
    }

    private static RollupMention Unscored(int minutes) =>
        new RollupMention(0, SentimentLabel.NotScored, MentionDirection.Inbound, T0.AddMinutes(minutes));

    private static RollupMention Inbound(double score, int minutes) =>
        new RollupMention(score, score <= -0.2 ? SentimentLabel.Negative : score >= 0.2 ? SentimentLabel.Positive : SentimentLabel.Neutral,
            MentionDirection.Inbound, T0.AddMinutes(minutes));

    private static RollupMention Outbound(double score, int minutes) =>
        new RollupMention(score, SentimentLabel.Positive, MentionDirection.Outbound, T0.AddMinutes(minutes));

    private static ConversationFigures Figures(
        int mentionCount,
        int inboundMentionCount,
        double? averageSentiment,
        DateTime? lastInboundOn,
        double? lastSentiment = null,
        DateTime? firstMentionOn = null,
        int negativeStreak = 0,
        ConversationState state = ConversationState.Open,
        ConversationStatus status = ConversationStatus.AwaitingReply,
        DateTime? lastMentionOn = null) =>
        new ConversationFigures(
            new ConversationCounts(mentionCount, inboundMentionCount),
            new ConversationTimes(firstMentionOn ?? lastInboundOn, lastMentionOn ?? lastInboundOn, lastInboundOn, lastOutboundOn: null),
            new ConversationMood(averageSentiment, lastSentiment ?? averageSentiment, SentimentTrend.Stable, negativeStreak),
            state,
            status);
}
