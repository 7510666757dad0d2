using System;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Scores the sentiment of a short social text with a lexicon and a few rules of how people write: negation ("not
/// good"), modifiers ("very", "kind of", "af"), contrast ("but"), capitals, "!", emoticons, emoji and stretched words
/// ("sooo"). A text it cannot judge (another language, or nothing but links, handles and hashtags) is not scored.
/// Deterministic, no network, no state between calls: one instance may serve concurrent plug-in executions.
/// Each call allocates a lower-case copy of the text and two small objects, and the token list and a scratch buffer
/// unless the caller lends its <see cref="ScoringBuffers"/>; nothing per word, since lexicon lookups read the words in place.
/// </summary>
public sealed class SentimentScorer
{
    private readonly SentimentLexicon lexicon;
    private readonly SentimentTokenizer tokenizer;

    public SentimentScorer(SentimentLexicon lexicon)
    {
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        tokenizer = new SentimentTokenizer(lexicon);
    }

    public SentimentResult Score(string text) => Score(text, new ScoringBuffers());

    /// <summary>The score of <paramref name="text"/>, worked out in <paramref name="buffers"/>: a caller scoring many
    /// texts in a row lends the same buffers to each, and the result is the same as <see cref="Score(string)"/>'s.</summary>
    public SentimentResult Score(string text, ScoringBuffers buffers)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SentimentResult.NotScored;
        }

        var normalised = new char[text.Length];
        SentimentTokenizer.Normalise(text, normalised);
        buffers.Reset(text.Length);
        var tokens = buffers.Tokens;
        tokenizer.Tokenize(text, normalised, tokens);
        if (!JudgeableText.InCoveredLanguage(lexicon, text, normalised, tokens))
        {
            return SentimentResult.NotScored;
        }

        var sum = new SentimentWalk(lexicon, normalised, tokens, buffers.Scratch).Run();
        if (sum.Terms == 0 && !JudgeableText.HasOwnWords(tokens))
        {
            return SentimentResult.NotScored;
        }

        var score = sum.Normalised();
        return new SentimentResult(score, LabelOf(score), sum.Terms);
    }

    /// <summary>What scrm_sentimentsource holds for a score this scorer gave.</summary>
    public const string SourceName = "SocialCrm lexicon";

    /// <summary>The result for a score that came with the mention from another scorer: kept as given, labelled by this
    /// scorer's thresholds so that labels mean the same whoever scored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is not in -1..1.</exception>
    public static SentimentResult Provided(double score)
    {
        if (double.IsNaN(score) || score < -1 || score > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A sentiment score lies in -1..1.");
        }

        return new SentimentResult(score, LabelOf(score), 0);
    }

    private static SentimentLabel LabelOf(double score) =>
        score >= SentimentWeights.PositiveThreshold ? SentimentLabel.Positive
        : score <= SentimentWeights.NegativeThreshold ? SentimentLabel.Negative
        : SentimentLabel.Neutral;
}
