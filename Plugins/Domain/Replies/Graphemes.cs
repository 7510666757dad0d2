using System.Collections.Generic;
using System.Globalization;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>
/// The characters a reader sees (extended grapheme clusters, https://www.unicode.org/reports/tr29/) for what posts
/// carry: combining marks, variation selectors, emoji skin tones, zero-width-joiner sequences, tag sequences and flag
/// pairs. Written here rather than taken from <see cref="StringInfo"/>, whose text elements on .NET Framework (where the
/// plug-ins run) split emoji sequences, so the count would differ between the sandbox and the tests.
/// </summary>
public static class Graphemes
{
    private const int ZeroWidthJoiner = 0x200D;

    /// <summary>Each cluster of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            var start = index;
            var first = CodePointAt(text, index);
            index += Width(first);
            if (first == '\r' && index < text.Length && text[index] == '\n')
            {
                index++;
            }
            else if (IsRegionalIndicator(first) && index < text.Length && IsRegionalIndicator(CodePointAt(text, index)))
            {
                index += 2;
            }

            while (index < text.Length)
            {
                var next = CodePointAt(text, index);
                if (next == ZeroWidthJoiner && index + 1 < text.Length)
                {
                    index++;
                    index += Width(CodePointAt(text, index));
                }
                else if (IsExtend(text, index, next))
                {
                    index += Width(next);
                }
                else
                {
                    break;
                }
            }

            yield return text.Substring(start, index - start);
        }
    }

    public static int Count(string text)
    {
        var count = 0;
        foreach (var _ in Split(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether a cluster is an emoji: a pictograph, a flag, or anything a variation selector or joiner made one.</summary>
    public static bool IsEmoji(string cluster)
    {
        var first = CodePointAt(cluster, 0);
        if (first >= 0x1F000 || (first >= 0x2600 && first <= 0x27BF))
        {
            return true;
        }

        return cluster.IndexOf('\uFE0F') >= 0 || cluster.IndexOf((char)ZeroWidthJoiner) >= 0;
    }

    private static bool IsExtend(string text, int index, int codePoint)
    {
        if ((codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark;
    }

    /// <summary>The code point at <paramref name="index"/>; an unpaired surrogate stands for itself.</summary>
    public static int CodePointAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];

    private static bool IsRegionalIndicator(int codePoint) => codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;

    private static int Width(int codePoint) => codePoint > 0xFFFF ? 2 : 1;
}
