namespace SocialCrm.Plugins.Domain.Sentiment;

internal enum SentimentTokenKind
{
    /// <summary>Letters and digits, with inner apostrophes and hyphens ("don't", "top-notch").</summary>
    Word,

    /// <summary>A text emoticon such as ":)" or "&lt;3"; its valence is known.</summary>
    Emoticon,

    /// <summary>An emoji the lexicon knows (one code point, possibly a surrogate pair); its valence is known.</summary>
    Emoji,

    /// <summary>A score out of 5 or 10 ("10/10", "2/5"); its valence is known.</summary>
    Rating,

    /// <summary>A run of punctuation ("!!!", "?!", ",", "...") or a line break.</summary>
    Punctuation,
}
