using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>An entry of a feed: its id (what de-duplication compares) and the mention it makes.</summary>
public sealed record FeedEntry(string Id, MentionInput Input);
