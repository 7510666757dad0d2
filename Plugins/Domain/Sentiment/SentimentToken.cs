namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// One token of a text: a position in the scorer's buffer plus what the tokenizer learnt about it. A struct, so a
/// text's tokens live in one list without an object per token.
/// </summary>
internal readonly struct SentimentToken
{
    private SentimentToken(SentimentTokenKind kind, int start, int length, double valence, int repeats,
        bool allCaps, bool elongated, int exclamations, int questions, bool endsSentence, bool fromHashtag)
    {
        FromHashtag = fromHashtag;
        Kind = kind;
        Start = start;
        Length = length;
        Valence = valence;
        Repeats = repeats;
        AllCaps = allCaps;
        Elongated = elongated;
        Exclamations = exclamations;
        Questions = questions;
        EndsSentence = endsSentence;
    }

    public SentimentTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Emoticons, emoji and ratings: the valence found by the tokenizer (0 for an emoji the lexicon does not
    /// rate: it still shows the text holds something to read).</summary>
    public double Valence { get; }

    /// <summary>Emoticons: how many times the last character repeats (":)))" has 2).</summary>
    public int Repeats { get; }

    /// <summary>Words: written in capitals, two letters or more ("TERRIBLE").</summary>
    public bool AllCaps { get; }

    /// <summary>Words: a letter repeats three times or more ("sooo").</summary>
    public bool Elongated { get; }

    public int Exclamations { get; }

    public int Questions { get; }

    /// <summary>Punctuation: the run closes a sentence (".", "!", "?", "…" or a line break).</summary>
    public bool EndsSentence { get; }

    /// <summary>Words: read from a hashtag ("#fail", or "best" in "#bestdayever").</summary>
    public bool FromHashtag { get; }

    public static SentimentToken Word(int start, int length, bool allCaps, bool elongated, bool fromHashtag) =>
        new SentimentToken(SentimentTokenKind.Word, start, length, 0, 0, allCaps, elongated, 0, 0, false, fromHashtag);

    public static SentimentToken Symbol(SentimentTokenKind kind, int start, int length, double valence, int repeats) =>
        new SentimentToken(kind, start, length, valence, repeats, false, false, 0, 0, false, false);

    public static SentimentToken Punctuation(int start, int length, int exclamations, int questions,
        bool endsSentence) =>
        new SentimentToken(SentimentTokenKind.Punctuation, start, length, 0, 0, false, false, exclamations, questions,
            endsSentence, false);
}
