using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// The words, phrases and hashtags that escalate a mention (scrm_EscalationKeywords, an escalation rule's keywords). A
/// keyword matches as a whole word or phrase, ignoring case and accents: "refund" matches "Refund!" and "#refund" but
/// not "refunds" or "nonrefundable", "reembolso" matches "Reembolsó"; the spaces of a phrase match any run of
/// whitespace in the text.
/// </summary>
public sealed class EscalationKeywords
{
    public static readonly EscalationKeywords None = new EscalationKeywords(Array.Empty<string>());

    private readonly IReadOnlyList<string> _folded;

    private EscalationKeywords(IReadOnlyList<string> keywords)
    {
        Keywords = keywords;
        _folded = keywords.Select(FoldLine).ToList();
    }

    /// <summary>The keywords, normalised to lower-case single lines, in the order given, without duplicates.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>
    /// Parses a list separated by ';' (the documented separator), ',' or line breaks; blanks are skipped.
    /// </summary>
    public static EscalationKeywords Parse(string? list)
    {
        if (list == null)
        {
            return None;
        }

        var keywords = list.Split(new[] { ';', ',', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(keyword => TextNormalizer.Line(keyword)?.ToLowerInvariant())
            .Where(keyword => keyword != null)
            .Select(keyword => keyword!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return keywords.Count == 0 ? None : new EscalationKeywords(keywords);
    }

    /// <summary>The first keyword (in list order) the text contains as a whole word or phrase, else null.</summary>
    public string? FindIn(string? text) => FindInFolded(Fold(text));

    /// <summary>Whether the text contains every keyword as a whole word or phrase; false when there are none.</summary>
    public bool AllIn(string? text) => AllInFolded(Fold(text));

    /// <summary>The text as keywords are compared with it (one line, no accents, lower case); null for no text. A mention
    /// is folded once for all the rules that look at it (<see cref="EscalatingMention.FoldedText"/>).</summary>
    internal static string? Fold(string? text)
    {
        var line = TextNormalizer.Line(text);
        return line == null ? null : FoldLine(line);
    }

    /// <summary><see cref="FindIn"/> over a text folded by <see cref="Fold"/>.</summary>
    internal string? FindInFolded(string? haystack)
    {
        if (haystack == null)
        {
            return null;
        }

        for (var i = 0; i < Keywords.Count; i++)
        {
            if (ContainsWhole(haystack, _folded[i]))
            {
                return Keywords[i];
            }
        }

        return null;
    }

    /// <summary><see cref="AllIn"/> over a text folded by <see cref="Fold"/>.</summary>
    internal bool AllInFolded(string? haystack) =>
        haystack != null && _folded.Count > 0 && _folded.All(keyword => ContainsWhole(haystack, keyword));

    // Compatibility decomposition splits "ó" into "o" and a combining accent, which is then dropped; lower-casing after
    // it maps char by char. Keywords and text are folded alike, so whole-word boundaries are found in the folded text.
    private static string FoldLine(string value)
    {
        if (FoldedWithoutDecomposing(value) is { } folded)
        {
            return folded;
        }

        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // Half of a surrogate pair (an emoji) has no case: ToLowerInvariant, a call into ICU for it, returns it as is.
                builder.Append(char.IsSurrogate(c) ? c : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // ASCII has nothing to decompose and no marks to drop, and neither have the emoji pictographs (U+1F300..U+1FAFF: no
    // decomposition, no case, no combining class): for a text of only those, lower-casing its ASCII letters is the whole
    // fold, without the normaliser. ToLowerInvariant does it in one copy for ASCII (none when there are no capitals); a
    // text with an emoji it would hand to ICU, which costs more than lowering the letters here. Null for any other text.
    private static string? FoldedWithoutDecomposing(string value)
    {
        var ascii = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                continue;
            }

            ascii = false;

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                && char.ConvertToUtf32(c, value[i + 1]) is >= 0x1F300 and <= 0x1FAFF)
            {
                i++;
                continue;
            }

            return null;
        }

        return ascii ? value.ToLowerInvariant() : AsciiLowered(value);
    }

    private static string AsciiLowered(string value)
    {
        char[]? lowered = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is >= 'A' and <= 'Z')
            {
                lowered ??= value.ToCharArray();
                lowered[i] = (char)(value[i] + ('a' - 'A'));
            }
        }

        return lowered == null ? value : new string(lowered);
    }

    private static bool ContainsWhole(string text, string keyword)
    {
        for (var start = text.IndexOf(keyword, StringComparison.Ordinal);
             start >= 0;
             start = text.IndexOf(keyword, start + 1, StringComparison.Ordinal))
        {
            var end = start + keyword.Length;
            var wordBefore = start > 0 && IsWordCharacter(text[start - 1]) && IsWordCharacter(keyword[0]);
            var wordAfter = end < text.Length && IsWordCharacter(text[end]) && IsWordCharacter(keyword[keyword.Length - 1]);
            if (!wordBefore && !wordAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
