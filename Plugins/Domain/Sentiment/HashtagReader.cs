using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Reads a hashtag's words: the tag itself when the lexicon knows it ("#fail", "#hahahaha"), otherwise the words it
/// splits into ("#bestdayever" is "best day ever", "#pleasestopnow" is "please stop now"). The split that uses the
/// fewest words and leaves the fewest letters unknown wins; a tag that does not split cleanly (a brand or a name,
/// "#northernrail") yields no words, so it can neither add sentiment nor count as something to read.
/// </summary>
internal sealed class HashtagReader
{
    // Longer tags are read whole or not at all: the split is quadratic in the tag's length.
    private const int MaxSplitLength = 40;
    private const int MaxWordLength = 20;
    private const int UnknownLetterCost = 3;

    private readonly SentimentLexicon lexicon;

    public HashtagReader(SentimentLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /// <summary>Adds the words of the tag whose body starts at <paramref name="start"/> (after "#"); returns the index
    /// after the tag.</summary>
    public int Read(string original, char[] text, int start, List<SentimentToken> tokens)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var length = end - start;
        if (lexicon.IsKnownWord(text, start, length) || LaughterPattern.Matches(text, start, length))
        {
            SentimentTokenizer.AddWord(original, text, start, length, tokens, fromHashtag: true);
        }
        else if (length <= MaxSplitLength)
        {
            Split(text, start, length, tokens);
        }

        return end;
    }

    private void Split(char[] text, int start, int length, List<SentimentToken> tokens)
    {
        // cost[k]: cheapest reading of the first k letters; step[k]: length of its last word, or 0 for an unknown letter.
        var cost = new int[length + 1];
        var step = new int[length + 1];
        for (var k = 1; k <= length; k++)
        {
            cost[k] = cost[k - 1] + UnknownLetterCost;
            step[k] = 0;
            for (var word = 1; word <= System.Math.Min(k, MaxWordLength); word++)
            {
                if (cost[k - word] + 1 < cost[k] && lexicon.IsKnownWord(text, start + k - word, word))
                {
                    cost[k] = cost[k - word] + 1;
                    step[k] = word;
                }
            }
        }

        var unknown = 0;
        for (var k = length; k > 0; k -= step[k] == 0 ? 1 : step[k])
        {
            unknown += step[k] == 0 ? 1 : 0;
        }

        if (unknown * 4 > length)
        {
            return;
        }

        var first = tokens.Count;
        for (var k = length; k > 0;)
        {
            if (step[k] == 0)
            {
                k--;
                continue;
            }

            tokens.Add(SentimentToken.Word(start + k - step[k], step[k], allCaps: false, elongated: false,
                fromHashtag: true));
            k -= step[k];
        }

        tokens.Reverse(first, tokens.Count - first);
    }
}
