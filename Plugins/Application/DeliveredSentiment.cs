using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A sentiment score that came with the mention (a listening tool's, Azure AI Language's), read from the target
/// before intake: intake keeps it instead of scoring the text, and records who scored it.
/// </summary>
public sealed class DeliveredSentiment
{
    /// <summary>What scrm_sentimentsource holds for a delivered score whose sender did not say who scored it.</summary>
    public const string UnnamedSource = "Delivered with the mention";

    private DeliveredSentiment(SentimentResult result, string source)
    {
        Result = result;
        Source = source;
    }

    public SentimentResult Result { get; }

    public string Source { get; }

    /// <summary>The score on <paramref name="target"/>, or null when the mention came without one. Dataverse has
    /// already refused a score outside the column's -1..1.</summary>
    public static DeliveredSentiment? From(Entity target)
    {
        var score = target.NumberValue(Table.SentimentScore);
        if (!score.HasValue)
        {
            return null;
        }

        var source = target.Text(Table.SentimentSource)?.Trim();
        return new DeliveredSentiment(SentimentScorer.Provided(Math.Max(-1, Math.Min(1, score.Value))),
            string.IsNullOrEmpty(source) ? UnnamedSource : source!);
    }
}
