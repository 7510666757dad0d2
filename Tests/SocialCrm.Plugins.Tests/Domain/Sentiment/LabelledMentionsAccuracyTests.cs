using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>
/// Accuracy of the scorer on the hand-labelled set. The figures printed here go to BENCHMARKS.md. Misses are listed
/// for the tuning part only: the held-out rows are never printed, so tuning cannot lean on them. The floors sit a
/// little under the figures reached (BENCHMARKS.md), so a change that loses accuracy fails here.
/// </summary>
[TestClass]
public sealed class LabelledMentionsAccuracyTests
{
    private static IReadOnlyList<LabelledMention> mentions = [];
    private static List<(LabelledMention Mention, SentimentResult Result)> scored = [];

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static void ScoreTheSet(TestContext context)
    {
        mentions = LabelledMentionsFile.Load();
        var scorer = new SentimentScorer(SentimentLexicon.CreateDefault());
        scored = mentions.Select(m => (m, scorer.Score(m.Text))).ToList();
    }

    [TestMethod]
    public void Labelled_set_has_at_least_2000_texts_of_every_label()
    {
        Assert.IsGreaterThanOrEqualTo(2000, mentions.Count);
        foreach (var label in new[] { SentimentLabel.Positive, SentimentLabel.Neutral, SentimentLabel.Negative })
        {
            var share = (double)mentions.Count(m => m.Label == label) / mentions.Count;
            Assert.IsTrue(share is > 0.25 and < 0.40, $"{label} is {share:P0} of the set.");
        }

        Assert.IsGreaterThanOrEqualTo(50, mentions.Count(m => m.Label == SentimentLabel.NotScored));
    }

    [TestMethod]
    public void Whole_set_reaches_accuracy_0_85()
    {
        var report = Report(scored);
        TestContext.WriteLine(report.Describe("Whole set"));
        Assert.IsGreaterThanOrEqualTo(0.85, report.Accuracy);
    }

    [TestMethod]
    public void Tuning_part_reaches_accuracy_0_85_and_macro_f1_0_85()
    {
        var tuning = scored.Where(s => !s.Mention.HeldOut).ToList();
        var report = Report(tuning);
        TestContext.WriteLine(report.Describe("Tuning part (70 %)"));
        TestContext.WriteLine("Misses in the tuning part (labelled -> predicted, score, terms):");
        foreach (var (mention, result) in tuning.Where(s => s.Mention.Label != s.Result.Label))
        {
            TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {mention.Label} -> {result.Label} {result.Score:+0.000;-0.000} {result.MatchedTerms}  {mention.Text}"));
        }

        Assert.IsGreaterThanOrEqualTo(0.85, report.Accuracy);
        Assert.IsGreaterThanOrEqualTo(0.85, report.MacroF1);
    }

    [TestMethod]
    public void Held_out_part_reaches_accuracy_0_83_and_macro_f1_0_83()
    {
        var report = Report(scored.Where(s => s.Mention.HeldOut).ToList());
        TestContext.WriteLine(report.Describe("Held-out part (30 %)"));
        Assert.IsGreaterThanOrEqualTo(0.83, report.Accuracy);
        Assert.IsGreaterThanOrEqualTo(0.83, report.MacroF1);
    }

    /// <summary>Issue 17's targets for negatives: a negative post read as neutral is a customer nobody answers (recall),
    /// and a false alarm opens a case for nothing (precision).</summary>
    [TestMethod]
    public void Held_out_negatives_are_found_with_recall_0_80_and_precision_0_85()
    {
        var report = Report(scored.Where(s => s.Mention.HeldOut).ToList());
        Assert.IsGreaterThanOrEqualTo(0.80, report.Recall(SentimentLabel.Negative));
        Assert.IsGreaterThanOrEqualTo(0.85, report.Precision(SentimentLabel.Negative));
    }

    [TestMethod]
    public void Held_out_texts_that_cannot_be_judged_are_left_unscored_and_nothing_else_is()
    {
        var report = Report(scored.Where(s => s.Mention.HeldOut).ToList());
        Assert.IsGreaterThanOrEqualTo(0.85, report.Recall(SentimentLabel.NotScored));
        Assert.IsGreaterThanOrEqualTo(0.95, report.Precision(SentimentLabel.NotScored));
    }

    private static ClassificationReport Report(IReadOnlyList<(LabelledMention Mention, SentimentResult Result)> part) =>
        new(part.Select(s => (s.Mention.Label, s.Result.Label)).ToList());
}
