using System;

namespace SocialCrm.Mentions;

/// <summary>Fits a single line into a column's length, cutting at a word boundary and marking the cut with "…".</summary>
public static class Ellipsis
{
    public const string Mark = "…";

    /// <summary>
    /// Returns <paramref name="line"/> unchanged when it fits in <paramref name="maxLength"/> characters; otherwise the
    /// longest run of whole words that fits together with the ellipsis, followed by "…" (never longer than the limit).
    /// When that would keep less than half of the room (one enormous word, a URL), the line is cut inside the word
    /// instead, never between the two halves of a surrogate pair.
    /// </summary>
    public static string Fit(string line, int maxLength)
    {
        if (line == null)
        {
            throw new ArgumentNullException(nameof(line));
        }

        if (maxLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "Room for at least one character and the ellipsis is needed.");
        }

        if (line.Length <= maxLength)
        {
            return line;
        }

        var room = maxLength - Mark.Length;
        for (var boundary = room; boundary >= (room + 1) / 2; boundary--)
        {
            if (char.IsWhiteSpace(line[boundary]))
            {
                var words = line.Substring(0, boundary).TrimEnd();
                if (words.Length > 0)
                {
                    return words + Mark;
                }
            }
        }

        var cut = char.IsHighSurrogate(line[room - 1]) ? room - 1 : room;
        return line.Substring(0, cut) + Mark;
    }
}
