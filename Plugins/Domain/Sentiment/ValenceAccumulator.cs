using System;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Sums the valences of one text, sentence by sentence, applying the rules that act on spans rather than words:
/// contrast ("but"), sentence emphasis ("!") and questions ("?"). Then maps the sum into -1..1.
/// </summary>
internal sealed class ValenceAccumulator
{
    private double total;
    private double sentence;
    private double lastTerm;
    private double contrastWeight = 1;

    public int Terms { get; private set; }

    public void Add(double valence)
    {
        lastTerm = valence * contrastWeight;
        sentence += lastTerm;
        Terms++;
    }

    /// <summary>Scales the term added last (a post-modifier such as "ever" or "af").</summary>
    public void ScaleLast(double factor)
    {
        sentence += lastTerm * (factor - 1);
        lastTerm *= factor;
    }

    public void Contrast()
    {
        total *= SentimentWeights.BeforeContrast;
        sentence *= SentimentWeights.BeforeContrast;
        lastTerm = 0;
        contrastWeight = SentimentWeights.AfterContrast;
    }

    public void EndSentence(int exclamations, int questions)
    {
        var emphasis = exclamations > 0
            ? 1 + (SentimentWeights.ExclamationStep * Math.Min(exclamations, SentimentWeights.MaxExclamations))
            : questions == 1 ? SentimentWeights.Question : 1;
        total += sentence * emphasis;
        sentence = 0;
        lastTerm = 0;
    }

    /// <summary>The text's score in -1..1 (exclusive): sum / sqrt(sum^2 + alpha), which keeps small sums nearly linear
    /// and lets large ones approach but never reach ±1.</summary>
    public double Normalised()
    {
        var sum = total + sentence;
        return sum / Math.Sqrt((sum * sum) + SentimentWeights.NormalisationAlpha);
    }
}
