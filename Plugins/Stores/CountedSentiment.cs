using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// The score of a mention row that its conversation's and author's sentiment figures count: a score under a label other
/// than Not scored. So the figures are always made of the scores the mentions show: a text that gave nothing to judge
/// counts for nothing, and neither does a mention whose author deleted it, since its score goes with its text.
/// </summary>
public static class CountedSentiment
{
    public static double? Of(Entity row)
    {
        var label = row.OptionValue(Table.SentimentLabel);
        var score = row.NumberValue(Table.SentimentScore);
        return label.HasValue && label.Value != (int)SentimentLabel.NotScored && score.HasValue ? score : null;
    }
}
