using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// Working space one caller reuses across the texts it scores one after another (intake scores a whole batch): the
/// token list and the scratch for phrases and folded words, kept at the largest size needed so far instead of made
/// again for every text. Belongs to one caller on one thread; the scorer itself stays free of state.
/// </summary>
public sealed class ScoringBuffers
{
    private char[] _scratch = new char[0];

    internal List<SentimentToken> Tokens { get; } = new List<SentimentToken>();

    /// <summary>Emptied for a text of <paramref name="length"/> characters.</summary>
    internal void Reset(int length)
    {
        Tokens.Clear();
        var expected = (length / 4) + 4;
        if (Tokens.Capacity < expected)
        {
            Tokens.Capacity = expected;
        }

        if (_scratch.Length < length)
        {
            _scratch = new char[length];
        }
    }

    /// <summary>At least as long as the text last given to <see cref="Reset"/>.</summary>
    internal char[] Scratch => _scratch;
}
