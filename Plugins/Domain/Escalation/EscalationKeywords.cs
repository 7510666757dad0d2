using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// The words and phrases that escalate a mention (scrm_EscalationKeywords). A keyword matches case-insensitively as a
/// whole word or phrase: "refund" matches "Refund!" and "#refund" but not "refunds" or "nonrefundable"; the spaces of
/// a phrase match any run of whitespace in the text.
/// </summary>
public sealed class EscalationKeywords
{
    public static readonly EscalationKeywords None = new EscalationKeywords(Array.Empty<string>());

    private EscalationKeywords(IReadOnlyList<string> keywords)
    {
        Keywords = keywords;
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
    public string? FindIn(string? text)
    {
        // ToLowerInvariant maps char by char, so indexes in the lowered text are indexes in the cleaned text.
        var haystack = TextNormalizer.Line(text)?.ToLowerInvariant();
        if (haystack == null)
        {
            return null;
        }

        return Keywords.FirstOrDefault(keyword => ContainsWhole(haystack, keyword));
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
