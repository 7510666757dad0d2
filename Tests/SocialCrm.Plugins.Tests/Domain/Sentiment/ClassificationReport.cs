using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>Accuracy over all labels, per-class precision and recall, and macro-F1 over the three polar classes, from
/// (expected, predicted) pairs.</summary>
public sealed class ClassificationReport
{
    private static readonly SentimentLabel[] Polar =
        [SentimentLabel.Positive, SentimentLabel.Neutral, SentimentLabel.Negative];

    private static readonly SentimentLabel[] Labels = [.. Polar, SentimentLabel.NotScored];

    private readonly IReadOnlyList<(SentimentLabel Expected, SentimentLabel Predicted)> pairs;

    public ClassificationReport(IReadOnlyList<(SentimentLabel Expected, SentimentLabel Predicted)> pairs)
    {
        if (pairs.Count == 0)
        {
            throw new ArgumentException("A report needs at least one labelled text.", nameof(pairs));
        }

        this.pairs = pairs;
    }

    public int Count => pairs.Count;

    public double Accuracy => (double)pairs.Count(p => p.Expected == p.Predicted) / pairs.Count;

    /// <summary>The mean F1 of positive, neutral and negative: the figure the targets use.</summary>
    public double MacroF1 => Polar.Average(F1);

    public double Precision(SentimentLabel label)
    {
        var predicted = pairs.Count(p => p.Predicted == label);
        return predicted == 0 ? 0 : (double)pairs.Count(p => p.Predicted == label && p.Expected == label) / predicted;
    }

    public double Recall(SentimentLabel label)
    {
        var expected = pairs.Count(p => p.Expected == label);
        return expected == 0 ? 0 : (double)pairs.Count(p => p.Predicted == label && p.Expected == label) / expected;
    }

    public double F1(SentimentLabel label)
    {
        var precision = Precision(label);
        var recall = Recall(label);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public string Describe(string part)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{part}: {Count} texts, accuracy {Accuracy:0.000} ({pairs.Count(p => p.Expected == p.Predicted)}/{Count}), " +
            $"macro-F1 {MacroF1:0.000}");
        foreach (var label in Labels)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {label,-9} precision {Precision(label):0.000}  recall {Recall(label):0.000}  " +
                $"({pairs.Count(p => p.Expected == label)} labelled, {pairs.Count(p => p.Predicted == label)} predicted)");
        }

        text.Append("  confusion (rows labelled, columns predicted: positive neutral negative notscored):");
        foreach (var expected in Labels)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"    {expected,-9}");
            foreach (var predicted in Labels)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $" {pairs.Count(p => p.Expected == expected && p.Predicted == predicted),4}");
            }
        }

        return text.ToString();
    }
}
