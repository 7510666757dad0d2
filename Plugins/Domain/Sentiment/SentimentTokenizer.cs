using System.Collections.Generic;
using System.Globalization;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Splits a social text into words, emoticons, emoji, ratings and punctuation runs. It works on the scorer's
/// normalised copy of the text (lower case, straight apostrophes) and reads capitals from the original. Handles
/// (@brand) and links are skipped: a brand called "GoodFood" says nothing about the author's mood. Hashtags are read
/// as the words they split into (<see cref="HashtagReader"/>).
/// </summary>
internal sealed class SentimentTokenizer
{
    private const int ZeroWidthJoiner = 0x200D;

    private readonly SentimentLexicon lexicon;
    private readonly HashtagReader hashtags;

    public SentimentTokenizer(SentimentLexicon lexicon)
    {
        this.lexicon = lexicon;
        hashtags = new HashtagReader(lexicon);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="into"/> (same length) in invariant lower case, with
    /// typographic apostrophes made straight so "can’t" and "can't" are one lexicon key.</summary>
    public static void Normalise(string text, char[] into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // ASCII letters by arithmetic: the same as ToLowerInvariant, without its call per character. Half of a
            // surrogate pair (an emoji) has no case, so ToLowerInvariant, a call into ICU for it, would return it as is.
            into[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c)
                : c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\'' : char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
        }
    }

    public void Tokenize(string text, char[] normalised, List<SentimentToken> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = normalised[i];
            if (c == '\n')
            {
                tokens.Add(SentimentToken.Punctuation(i, 1, 0, 0, endsSentence: true));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (StartsLink(normalised, i))
            {
                i = SkipToWhitespace(normalised, i);
            }
            else if (c == '@' && i + 1 < text.Length && IsWordChar(normalised[i + 1]))
            {
                i = SkipHandle(normalised, i + 1);
            }
            else if (c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(normalised[i + 1]))
            {
                i = hashtags.Read(text, normalised, i + 1, tokens);
            }
            else if (TryReadEmoticon(normalised, i, tokens, out var afterEmoticon))
            {
                i = afterEmoticon;
            }
            else if (IsWordChar(c))
            {
                i = ReadWordOrRating(text, normalised, i, tokens);
            }
            else if (IsEmojiStart(normalised, i))
            {
                i = ReadEmoji(normalised, i, tokens);
            }
            else if (IsClausePunctuation(c))
            {
                i = ReadPunctuation(normalised, i, tokens);
            }
            else
            {
                i++;
            }
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsClausePunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '\u2026' or '(' or ')' or '-' or '\u2013' or '\u2014';

    private static bool StartsLink(char[] text, int i) =>
        (i == 0 || !IsWordChar(text[i - 1])) &&
        (StartsWith(text, i, "http://") || StartsWith(text, i, "https://") || StartsWith(text, i, "www."));

    private static bool StartsWith(char[] text, int i, string prefix)
    {
        if (i + prefix.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < prefix.Length; k++)
        {
            if (text[i + k] != prefix[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipToWhitespace(char[] text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // Handles may hold "_" and inner dots (@north.wind); a dot that ends the sentence stays punctuation.
    private static int SkipHandle(char[] text, int i)
    {
        while (i < text.Length &&
               (IsWordChar(text[i]) || text[i] == '_' ||
                (text[i] == '.' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private bool TryReadEmoticon(char[] text, int i, List<SentimentToken> tokens, out int end)
    {
        end = i;
        if (!lexicon.MayStartEmoticon(text[i]))
        {
            return false;
        }

        // An emoticon that starts with a letter ("xd", "t_t") must start a token, not sit inside a word; one after a
        // digit is a time or a score ("10:00", "3:0").
        if (i > 0 && (char.IsDigit(text[i - 1]) || (IsWordChar(text[i]) && IsWordChar(text[i - 1]))))
        {
            return false;
        }

        for (var length = System.Math.Min(lexicon.MaxEmoticonLength, text.Length - i); length >= 2; length--)
        {
            if (!lexicon.TryGetEmoticon(text, i, length, out var valence))
            {
                continue;
            }

            var last = text[i + length - 1];
            var after = i + length;
            while (after < text.Length && text[after] == last)
            {
                after++;
            }

            // ":p" in ":pizza" or "<3" in "<30 minutes" is not an emoticon.
            if (IsWordChar(last) && after < text.Length && IsWordChar(text[after]))
            {
                continue;
            }

            tokens.Add(SentimentToken.Symbol(SentimentTokenKind.Emoticon, i, after - i, valence, after - i - length));
            end = after;
            return true;
        }

        return false;
    }

    private int ReadWordOrRating(string original, char[] text, int start, List<SentimentToken> tokens)
    {
        if (TryReadRating(text, start, tokens, out var afterRating))
        {
            return afterRating;
        }

        var end = start;
        var hyphens = 0;
        while (end < text.Length)
        {
            var c = text[end];
            var joinsNext = end > start && end + 1 < text.Length && IsWordChar(text[end + 1]);
            if (IsWordChar(c))
            {
                end++;
            }
            else if (joinsNext && c == '\'')
            {
                end++;
            }
            else if (joinsNext && c == '-')
            {
                hyphens++;
                end++;
            }
            else if (joinsNext && (c == '.' || c == ',') && char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        // A hyphenated compound is one term only when the lexicon knows it ("top-notch", "so-so"); otherwise its
        // parts are read as words, so "user-friendly" still finds "friendly".
        if (hyphens > 0 && !lexicon.TryGetTerm(text, start, end - start, out _))
        {
            var partStart = start;
            for (var k = start; k <= end; k++)
            {
                if (k == end || text[k] == '-')
                {
                    AddWord(original, text, partStart, k - partStart, tokens, fromHashtag: false);
                    partStart = k + 1;
                }
            }
        }
        else
        {
            AddWord(original, text, start, end - start, tokens, fromHashtag: false);
        }

        return end;
    }

    internal static void AddWord(string original, char[] text, int start, int length, List<SentimentToken> tokens,
        bool fromHashtag)
    {
        var letters = 0;
        var upper = 0;
        var run = 1;
        var elongated = false;
        for (var k = start; k < start + length; k++)
        {
            if (char.IsLetter(original[k]))
            {
                letters++;
                if (char.IsUpper(original[k]))
                {
                    upper++;
                }
            }

            run = k > start && text[k] == text[k - 1] ? run + 1 : 1;
            elongated |= run >= 3 && char.IsLetter(text[k]);
        }

        tokens.Add(SentimentToken.Word(start, length, allCaps: letters >= 2 && upper == letters, elongated, fromHashtag));
    }

    // "10/10", "0/10", "4/5": a score out of 5 or 10 maps linearly onto -2.5..2.5. Dates ("1/5/2024") are not ratings.
    private static bool TryReadRating(char[] text, int start, List<SentimentToken> tokens, out int end)
    {
        end = start;
        var slash = ReadNumber(text, start, out var score);
        if (slash == start || slash >= text.Length || text[slash] != '/')
        {
            return false;
        }

        var after = ReadNumber(text, slash + 1, out var outOf);
        if (after == slash + 1 || (outOf != 5 && outOf != 10) ||
            (after < text.Length && (IsWordChar(text[after]) || text[after] == '/')))
        {
            return false;
        }

        var valence = (System.Math.Min(score, outOf) / (double)outOf - 0.5) * 5;
        tokens.Add(SentimentToken.Symbol(SentimentTokenKind.Rating, start, after - start, valence, 0));
        end = after;
        return true;
    }

    private static int ReadNumber(char[] text, int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9' && i - start < 3)
        {
            value = value * 10 + (text[i] - '0');
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]) ? start : i;
    }

    private static bool IsEmojiStart(char[] text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) &&
                   char.ConvertToUtf32(c, text[i + 1]) >= 0x1F000;
        }

        return c is >= '\u2300' and <= '\u23FF' or >= '\u2600' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF';
    }

    // One emoji is a base code point plus what decorates it: variation selectors, skin tones, a keycap mark, and any
    // zero-width-joined parts ("woman facepalming" is facepalm + ZWJ + female sign). The base decides the valence.
    private int ReadEmoji(char[] text, int start, List<SentimentToken> tokens)
    {
        var codePoint = CodePointAt(text, start);
        var end = start + (codePoint > 0xFFFF ? 2 : 1);
        while (end < text.Length)
        {
            var next = CodePointAt(text, end);
            if (next == ZeroWidthJoiner && end + 1 < text.Length)
            {
                end++;
                end += CodePointAt(text, end) > 0xFFFF ? 2 : 1;
            }
            else if (next is 0xFE0E or 0xFE0F or 0x20E3 or >= 0x1F3FB and <= 0x1F3FF)
            {
                end += next > 0xFFFF ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        // An emoji the lexicon does not rate ("👀") carries no valence but is still something the author wrote.
        lexicon.TryGetEmoji(codePoint, out var valence);
        tokens.Add(SentimentToken.Symbol(SentimentTokenKind.Emoji, start, end - start, valence, 0));
        return end;
    }

    private static int CodePointAt(char[] text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];

    private static int ReadPunctuation(char[] text, int start, List<SentimentToken> tokens)
    {
        var end = start;
        var exclamations = 0;
        var questions = 0;
        var endsSentence = false;
        while (end < text.Length && IsClausePunctuation(text[end]))
        {
            var c = text[end];
            exclamations += c == '!' ? 1 : 0;
            questions += c == '?' ? 1 : 0;
            endsSentence |= c is '.' or '!' or '?' or '\u2026';
            end++;
        }

        tokens.Add(SentimentToken.Punctuation(start, end - start, exclamations, questions, endsSentence));
        return end;
    }
}
