using System.Text;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// Cleans text the way the server's intake does (zero-width and control characters out, unpaired surrogates out,
/// Unicode NFC, trimmed), so a length checked here is the length the server checks. Single-line values turn every
/// whitespace run into one space; multi-line text keeps its line breaks (as LF) and tabs. Empty becomes null.
/// </summary>
public static class TextCleaner
{
    public static string? Text(string? value) => value == null ? null : Empty(Clean(value, multiLine: true).Trim());

    public static string? Line(string? value) => value == null ? null : Empty(Collapse(Clean(value, multiLine: false)));

    /// <summary>A handle: one line, lower-case, without the leading '@' people type.</summary>
    public static string? Handle(string? value) => Empty(Line(value)?.TrimStart('@').Trim().ToLowerInvariant());

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Clean(string value, bool multiLine)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                }

                // An unpaired surrogate is not text, and string.Normalize throws on it.
                continue;
            }

            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                builder.Append(multiLine ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(multiLine ? '\t' : ' ');
            }
            else if (!char.IsLowSurrogate(c) && !char.IsControl(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Collapse(string value)
    {
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
}
