using System;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// An author's edit of a post (Mastodon status.update, Messenger message_edits): the stored mention takes the new text.
/// The newest edit wins: an edit made before the one already recorded, or the same edit delivered again, changes
/// nothing; a removed post is never brought back by an edit, except by one that says it is visible again.
/// </summary>
/// <param name="Platform">The network.</param>
/// <param name="ExternalPostId">The post's id on the network, as its mention stores it.</param>
/// <param name="Text">The post's text after the edit, cleaned by the edge.</param>
/// <param name="EditedAt">When the author edited it, by the network's clock: what orders two edits.</param>
/// <param name="VisibleAgain">The post was "No longer visible" or "Hidden by page" and the network shows it again: the
/// mention reopens with this text (its current one), or its kept text when none. Never a post its author deleted.</param>
public sealed record MentionEdit(SocialPlatform Platform, string ExternalPostId, string? Text, DateTimeOffset EditedAt, bool VisibleAgain = false)
{
    /// <summary>The mention's key (<see cref="Mention.Key"/>), so an edit finds the post it changes.</summary>
    public string Key => PostIds.Key(Platform, ExternalPostId);
}
