namespace SocialCrm.Mentions;

/// <summary>The subject of a mention (activity subject): the first non-empty line of its text. Shared, so intake and the
/// worker's edits give a text the same subject.</summary>
public static class MentionSubject
{
    /// <summary>
    /// The first non-empty line of <paramref name="text"/>, as a single line, fitted into
    /// <see cref="MentionTable.SubjectLength"/> at a word boundary with "…" when cut; null when the text is empty.
    /// </summary>
    public static string? FromText(string? text)
    {
        if (text == null)
        {
            return null;
        }

        // Line by line without splitting the whole text: the first line is nearly always the subject.
        var start = 0;
        while (start <= text.Length)
        {
            var end = LineEnd(text, start);
            var line = TextNormalizer.Line(start == 0 && end == text.Length ? text : text.Substring(start, end - start));
            if (line != null)
            {
                return Ellipsis.Fit(line, MentionTable.SubjectLength);
            }

            start = end + 1;
        }

        return null;
    }

    // Where the line starting at start ends: the next CR or LF, each a break of its own, or the end of the text.
    private static int LineEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                return i;
            }
        }

        return text.Length;
    }
}
