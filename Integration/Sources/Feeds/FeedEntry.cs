using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>An entry of a feed: its id (what de-duplication compares), the mention it makes, and what it said this time
/// (what tells an edit of it).</summary>
public sealed record FeedEntry(string Id, SocialPlatform Platform, MentionInput Input, FeedEntryVersion Version)
{
    /// <summary>Its mention's key (<see cref="Mention.Key"/>): a video pushed and polled is one entry.</summary>
    public string Key => PostIds.Key(Platform, Input.ExternalPostId!);
}
