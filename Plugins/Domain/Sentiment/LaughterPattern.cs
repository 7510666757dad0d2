namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Laughter spelt out at any length: "haha", "hahahaha", "ahahah", "hehehe", "lolol", "jajaja". Listing every length
/// would never end, so the scorer recognises the shape: two alternating letters, one a laugh consonant, each at least
/// twice.
/// </summary>
internal static class LaughterPattern
{
    /// <summary>The valence of recognised laughter, as for "hahaha" in the lexicon.</summary>
    public const double Valence = 1.2;

    public static bool Matches(char[] text, int start, int length)
    {
        if (length < 4)
        {
            return false;
        }

        var consonant = text[start] is 'a' or 'e' or 'o' ? text[start + 1] : text[start];
        var vowel = consonant == text[start] ? text[start + 1] : text[start];
        if (!((consonant is 'h' or 'j' && vowel is 'a' or 'e') || (consonant == 'l' && vowel == 'o')))
        {
            return false;
        }

        // Strict alternation, so "ahhh" (a sigh) and "hhaa" are not laughter.
        for (var k = start + 1; k < start + length; k++)
        {
            var c = text[k];
            if ((c != consonant && c != vowel) || c == text[k - 1])
            {
                return false;
            }
        }

        return true;
    }
}
