using System.Collections.Generic;
using SocialCrm.Integration.Removals;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>What one fetch of a feed says: its entries, and the entries it withdrew.</summary>
public sealed record FeedContent(List<FeedEntry> Entries, List<MentionRemoval> Removals);
