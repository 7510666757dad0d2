using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// A mention taken off its network, as the worker applies it: an update that sets a status reason saying why (deleted
/// by its author, hidden by the page, unpublished from its feed, no longer visible) and, when the author deleted it,
/// erases its text.
/// </summary>
public static class MentionRemovals
{
    /// <summary>The update sets one of SocialCrm's reasons for a mention taken off its network: every status reason past
    /// the activity's own four.</summary>
    public static bool IsRemoval(Entity target) =>
        target.OptionValue(Table.StatusCode) is int status
        && status >= (int)MentionStatus.DeletedByAuthor && Enum.IsDefined(typeof(MentionStatus), status);

    /// <summary>A removal that takes the text away: nothing is left to score, and the score judged the words that went.</summary>
    public static bool ErasesText(Entity target) =>
        IsRemoval(target) && target.Contains(Table.Description) && string.IsNullOrWhiteSpace(target.Text(Table.Description));
}
