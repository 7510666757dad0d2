using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Decides whether the lexicon can judge a text at all. It cannot when the text is in another language (mostly letters
/// of another script, or more function words of another language than of English) or holds nothing to read (empty,
/// or only links, handles and hashtags that carry no sentiment). Such a text gets no score rather than a false neutral;
/// an English text without sentiment words is still judged, and is neutral.
/// </summary>
internal static class JudgeableText
{
    /// <summary>Other-language function words needed before a text counts as written in another language.</summary>
    private const int MinOtherLanguageWords = 2;

    public static bool InCoveredLanguage(SentimentLexicon lexicon, string original, char[] text,
        List<SentimentToken> tokens) =>
        !MostlyOtherScript(original) && !MostlyOtherLanguageWords(lexicon, text, tokens);

    /// <summary>True when the author wrote something other than links, handles and hashtags: a word, an emoji, an
    /// emoticon or a rating.</summary>
    public static bool HasOwnWords(List<SentimentToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != SentimentTokenKind.Punctuation && !token.FromHashtag)
            {
                return true;
            }
        }

        return false;
    }

    // Latin letters run to U+024F, with U+1E00-U+1EFF for Vietnamese and other extended Latin.
    private static bool MostlyOtherScript(string text)
    {
        var letters = 0;
        var other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c > '\u024F' && (c < '\u1E00' || c > '\u1EFF'))
            {
                other++;
            }
        }

        return other * 2 > letters;
    }

    private static bool MostlyOtherLanguageWords(SentimentLexicon lexicon, char[] text, List<SentimentToken> tokens)
    {
        var english = 0;
        var other = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != SentimentTokenKind.Word || token.FromHashtag)
            {
                continue;
            }

            if (lexicon.TryGetTerm(text, token.Start, token.Length, out var entry))
            {
                english += entry.Has(LexiconRoles.EnglishWord) ? 1 : 0;
                other += entry.Has(LexiconRoles.OtherLanguageWord) ? 1 : 0;
            }
            else if (HasAccentedLetter(text, token.Start, token.Length))
            {
                // An unknown word spelt with accents ("génial", "größte") is a sign of another language too.
                other++;
            }
        }

        return other >= MinOtherLanguageWords && other > english;
    }

    private static bool HasAccentedLetter(char[] text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (text[k] is >= '\u00C0' and <= '\u024F' && text[k] != '\u00D7' && text[k] != '\u00F7')
            {
                return true;
            }
        }

        return false;
    }
}
