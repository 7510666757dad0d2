using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>The sentiment of one text: a score in -1..1, its label, and how many lexicon terms it matched.</summary>
public sealed class SentimentResult
{
    public SentimentResult(double score, SentimentLabel label, int matchedTerms)
    {
        Score = score;
        Label = label;
        MatchedTerms = matchedTerms;
    }

    /// <summary>-1 (most negative) to 1 (most positive); 0 when nothing in the text carries sentiment.</summary>
    public double Score { get; }

    public SentimentLabel Label { get; }

    /// <summary>Words, phrases, emoticons, emoji and ratings that carried sentiment. 0 means the score is a guess of
    /// neutral, not a finding.</summary>
    public int MatchedTerms { get; }
}
