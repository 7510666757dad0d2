using System;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Sums the valences of one text, sentence by sentence, applying the rules that act on spans rather than words:
/// contrast ("but"), sentence emphasis ("!"), questions ("?", or a sentence opening as a question), indignation ("??",
/// "?!") and excitement (a "!" on words the lexicon does not know). Then maps the sum into -1..1.
/// </summary>
internal sealed class ValenceAccumulator
{
    // The longest sentence read as a sarcastic tag ("great.", "great evening", "thanks I know").
    private const int SarcasticTagWords = 3;

    private double total;
    private double sentence;
    private double lastTerm;
    private double contrastWeight = 1;
    private int sentenceTerms;
    private int sentenceWords;
    private bool sentenceAsks;
    private double sentenceComplaint;
    private bool sentenceRhetorical;
    private bool sentenceHasTag;
    private bool saidBad;

    public int Terms { get; private set; }

    /// <summary>True before the current sentence's first word.</summary>
    public bool AtSentenceStart => sentenceWords == 0;

    public void Add(double valence)
    {
        saidBad |= valence < 0;
        lastTerm = valence * contrastWeight;
        sentence += lastTerm;
        sentenceTerms++;
        Terms++;
    }

    /// <summary>The sentence holds praise people also say in sarcasm ("great", "lovely").</summary>
    public void MarkSarcasticTag() => sentenceHasTag = true;

    /// <summary>A lean without a term of its own (a negator with nothing to negate): it moves the sum, but the text
    /// still counts as having matched nothing.</summary>
    public void Lean(double valence)
    {
        sentence += valence * contrastWeight;
        sentenceTerms++;
    }

    public void CountWord() => sentenceWords++;

    /// <summary>The sentence opens as a question ("is", "does", "which"...), with or without its "?".</summary>
    public void MarkQuestion() => sentenceAsks = true;

    /// <summary>The sentence holds a sign of a complaint in plain words: a question that complains ("why", "who
    /// thought"), a wait ("for two hours", "five days later") or a state that goes on ("still"). If it states nothing
    /// good it leans by the strongest sign's <paramref name="lean"/>, and a complaining question is not damped.</summary>
    public void MarkComplaint(double lean, bool rhetorical)
    {
        sentenceComplaint = Math.Min(sentenceComplaint, lean);
        sentenceRhetorical |= rhetorical;
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
        if ((questions >= 2 || (questions >= 1 && exclamations >= 1)) && sentence <= 0)
        {
            sentence += SentimentWeights.Indignation * contrastWeight;
        }
        else if (exclamations > 0 && sentenceTerms == 0 && sentenceWords > 0)
        {
            sentence += SentimentWeights.Exclaimed * contrastWeight;
        }

        // "Burnt dinner, woke the baby. Great evening." Praise standing alone after a bad turn is sarcasm: it comments on
        // what came before, and says the opposite of itself. "My team lost. Still proud." is meant: only praise people
        // use that way is a tag.
        if (sentence > 0 && total < 0 && saidBad && sentenceTerms == 1 && sentenceHasTag &&
            sentenceWords <= SarcasticTagWords && exclamations == 0 && questions == 0)
        {
            sentence = -sentence;
        }

        // "Who thought this was a good idea??" mocks the good word it quotes.
        if (sentence > 0 && sentenceComplaint <= SentimentWeights.Mocking && sentenceRhetorical)
        {
            sentence = -sentence;
        }

        // A complaint put as a question is not damped as one: "why is nothing ever in stock?" states, it does not ask.
        var complains = sentenceComplaint < 0 && sentence <= 0;
        var rhetorical = complains && sentenceRhetorical;
        if (complains)
        {
            sentence += sentenceComplaint * contrastWeight;
        }

        var asks = !rhetorical && (questions == 1 || (questions == 0 && exclamations == 0 && sentenceAsks));
        var emphasis = exclamations > 0
            ? 1 + (SentimentWeights.ExclamationStep * Math.Min(exclamations, SentimentWeights.MaxExclamations))
            : asks ? SentimentWeights.Question : 1;
        total += sentence * emphasis;
        sentence = 0;
        lastTerm = 0;
        sentenceTerms = 0;
        sentenceWords = 0;
        sentenceAsks = false;
        sentenceComplaint = 0;
        sentenceRhetorical = false;
        sentenceHasTag = false;
    }

    /// <summary>The text's score in -1..1 (exclusive): sum / sqrt(sum^2 + alpha), which keeps small sums nearly linear
    /// and lets large ones approach but never reach ±1.</summary>
    public double Normalised()
    {
        var sum = total + sentence;
        return sum / Math.Sqrt((sum * sum) + SentimentWeights.NormalisationAlpha);
    }
}
