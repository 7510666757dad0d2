using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Reads, from an update of mentions, the score each row's figures counted before it (its pre-image) and count after it
/// (its post-image, which holds the score the edit step wrote and what escalation reads), so the rollups replace
/// exactly what they counted, and an update that leaves the counted score as it was changes nothing.
/// </summary>
public static class SentimentChangeReader
{
    public const string BeforeImage = "BeforeSentimentChange";
    public const string AfterImage = "AfterSentimentChange";

    /// <summary>The step's filtering attributes: a new text (which the edit step scores again, or a removal erases) or a
    /// score set directly.</summary>
    public const string ChangingColumns = Table.Description + "," + Table.SentimentScore + "," + Table.SentimentLabel;

    public const string BeforeColumns = Table.SentimentScore + "," + Table.SentimentLabel;

    public const string AfterColumns =
        Table.SentimentScore + "," + Table.SentimentLabel + "," + Table.Direction + "," + Table.Conversation + "," + Table.AuthorProfile + "," +
        Table.Platform + "," + Table.PostedOn + "," + Table.Description + "," + Table.Subject + "," + Table.PostUrl + "," + Table.MessageType + "," +
        Table.Likes + "," + Table.Shares + "," + Table.Replies;

    public static List<SentimentChange> Read(IPluginExecutionContext context)
    {
        var targets = context.TargetEntities();
        var changes = new List<SentimentChange>();
        for (var index = 0; index < targets.Count; index++)
        {
            var before = context.PreImage(index, BeforeImage);
            var after = context.PostImage(index, AfterImage);
            if (before == null || after == null)
            {
                continue;
            }

            changes.Add(new SentimentChange(
                after.ReferenceId(Table.AuthorProfile),
                after.ReferenceId(Table.Conversation),
                after.OptionValue(Table.Direction) != (int)MentionDirection.Outbound,
                CountedSentiment.Of(before),
                CountedSentiment.Of(after),
                WrittenMention.From(index, after)));
        }

        return changes;
    }
}
