using System;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// Values for the decimal columns SocialCrm writes. Sentiment columns keep four decimal places (their precision in the
/// solution), so what is read back equals what was written.
/// </summary>
public static class Decimals
{
    public const int SentimentPlaces = 4;

    public static decimal? Sentiment(double? score) =>
        score.HasValue ? (decimal)Math.Round(score.Value, SentimentPlaces, MidpointRounding.AwayFromZero) : (decimal?)null;
}
