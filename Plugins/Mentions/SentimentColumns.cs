using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Mentions;

/// <summary>A mention's sentiment columns: score (none for a text that could not be judged), label and who scored it.</summary>
public static class SentimentColumns
{
    public static void Write(Entity target, SentimentResult sentiment, string source)
    {
        var columns = new RowColumns(3);
        Write(columns, sentiment, source);
        columns.SetOn(target);
    }

    internal static void Write(RowColumns columns, SentimentResult sentiment, string source)
    {
        columns.Set(Table.SentimentScore, sentiment.IsScored ? Decimals.Sentiment(sentiment.Score) : null);
        columns.Set(Table.SentimentLabel, new OptionSetValue((int)sentiment.Label));
        columns.Set(Table.SentimentSource, source);
    }

    /// <summary>No sentiment at all: not "Not scored" (a text that gave nothing to judge) but no text left to judge.</summary>
    public static void Clear(Entity target)
    {
        target[Table.SentimentScore] = null;
        target[Table.SentimentLabel] = null;
        target[Table.SentimentSource] = null;
    }
}
