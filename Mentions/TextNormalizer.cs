using System.Text;

namespace SocialCrm.Mentions;

/// <summary>
/// Cleans text from social networks before it is stored or compared: removes zero-width characters (U+200B..U+200D,
/// U+2060, U+FEFF), control characters and unpaired surrogates, composes to Unicode NFC, and trims. Multi-line text
/// keeps its line breaks and tabs; single-line values (ids, names, handles) turn every whitespace run into one space.
/// Every method returns null for a value that is empty once cleaned, so "missing" has one representation.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Multi-line text (description): CR LF, CR and Unicode line/paragraph separators become LF.</summary>
    public static string? Text(string? value)
    {
        if (value == null)
        {
            return null;
        }

        var cleaned = Composed(Clean(value, multiLine: true)).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>A single-line value: ids, names, URLs.</summary>
    public static string? Line(string? value)
    {
        if (value == null)
        {
            return null;
        }

        var cleaned = CollapseWhitespace(Composed(Clean(value, multiLine: false)));
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>A handle: a single line, lower-case (invariant), without leading '@'.</summary>
    public static string? Handle(string? value)
    {
        var line = Line(value);
        if (line == null)
        {
            return null;
        }

        var handle = line.TrimStart('@').Trim().ToLowerInvariant();
        return handle.Length == 0 ? null : handle;
    }

    /// <summary>
    /// An e-mail address: a single line, lower-case (invariant). Local parts are case-sensitive in theory and never in
    /// practice, and Dataverse compares strings case-insensitively anyway, so one spelling avoids look-alike duplicates.
    /// </summary>
    public static string? Email(string? value) => Line(value)?.ToLowerInvariant();

    private static string Clean(string value, bool multiLine)
    {
        if (!NeedsCleaning(value, multiLine))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[i + 1]);
                    i++;
                }

                // An unpaired surrogate is not text, and string.Normalize throws on it.
                continue;
            }

            if (char.IsLowSurrogate(c) || IsZeroWidth(c))
            {
                continue;
            }

            if (c == '\r')
            {
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(multiLine ? '\n' : ' ');
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029')
            {
                builder.Append(multiLine ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(multiLine ? '\t' : ' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Most values have nothing to remove or replace: they are kept as they are, without a copy.
    private static bool NeedsCleaning(string value, bool multiLine)
    {
        var surrogates = false;
        foreach (var c in value)
        {
            // Printable ASCII, most of every text, needs nothing.
            if (c >= ' ' && c <= '~')
            {
                continue;
            }

            surrogates |= char.IsSurrogate(c);
            if (c == '\n' || c == '\t')
            {
                if (!multiLine)
                {
                    return true;
                }
            }
            else if (char.IsControl(c) || IsZeroWidth(c) || c == '\u2028' || c == '\u2029')
            {
                return true;
            }
        }

        return surrogates && HasUnpairedSurrogate(value);
    }

    // A pair (an emoji) is kept as it is; only a half of one is removed.
    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Composed(string value) => IsComposed(value) ? value : value.Normalize(NormalizationForm.FormC);

    // Text made only of characters that NFC never changes, alone or after any other (NFC_Quick_Check Yes and canonical
    // combining class 0: Latin below U+0300, punctuation, arrows, symbols, dingbats and the emoji planes), is already
    // in NFC, as most social text is; anything else goes to the normaliser.
    // https://www.unicode.org/reports/tr15/#Detecting_Normalization_Forms
    private static bool IsComposed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < '\u0300' || (c >= '\u2010' && c <= '\u2027') || (c >= '\u2030' && c <= '\u205E') || (c >= '\u20A0' && c <= '\u20C0')
                || (c >= '\u2190' && c <= '\u21FF') || (c >= '\u2500' && c <= '\u27BF') || (c >= '\u2B00' && c <= '\u2BFF')
                || (c >= '\uFE00' && c <= '\uFE0F'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                && char.ConvertToUtf32(c, value[i + 1]) is >= 0x1F000 and <= 0x1FAFF)
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    // U+200D (zero-width joiner) also glues emoji sequences together; removing it splits them into their parts,
    // which stay readable, and keeps invisible characters out of handles and ids.
    private static bool IsZeroWidth(char c) =>
        c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';

    private static string CollapseWhitespace(string value)
    {
        if (IsCollapsed(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Single spaces between words and no other whitespace: nothing to collapse.
    private static bool IsCollapsed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] > ' ' && value[i] <= '~')
            {
                continue;
            }

            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || i == 0 || i == value.Length - 1 || value[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
