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

        foreach (var rawLine in text.Split('\n', '\r'))
        {
            var line = TextNormalizer.Line(rawLine);
            if (line != null)
            {
                return Ellipsis.Fit(line, MentionTable.SubjectLength);
            }
        }

        return null;
    }
}
