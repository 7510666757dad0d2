using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>The sentiment of one text: a score in -1..1, its label, and how many lexicon terms it matched; or, for a
/// text the scorer cannot judge, no score and the label <see cref="SentimentLabel.NotScored"/>.</summary>
public sealed class SentimentResult
{
    public SentimentResult(double score, SentimentLabel label, int matchedTerms)
    {
        Score = score;
        Label = label;
        MatchedTerms = matchedTerms;
    }

    /// <summary>The result for a text in a language the lexicon does not cover, or with nothing to read.</summary>
    public static SentimentResult NotScored => new SentimentResult(0, SentimentLabel.NotScored, 0);

    /// <summary>-1 (most negative) to 1 (most positive); 0 when nothing in the text carries sentiment. Meaningless
    /// when <see cref="IsScored"/> is false: store no score then.</summary>
    public double Score { get; }

    /// <summary>False when the scorer could not judge the text (<see cref="SentimentLabel.NotScored"/>).</summary>
    public bool IsScored => Label != SentimentLabel.NotScored;

    public SentimentLabel Label { get; }

    /// <summary>Words, phrases, emoticons, emoji and ratings that carried sentiment. 0 means the score is a guess of
    /// neutral, not a finding.</summary>
    public int MatchedTerms { get; }
}
