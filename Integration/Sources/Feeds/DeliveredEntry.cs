using System;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>What the worker delivered of a feed entry: the version its mention (or its last edit) was given, and the
/// time that edit was dated with, so the next edit is dated after it.</summary>
/// <param name="Key">The mention's key.</param>
public sealed record DeliveredEntry(string Key, FeedEntryVersion Version, DateTimeOffset? EditedAt);
