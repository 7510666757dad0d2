using System;
using System.Collections.Generic;
using System.Linq;
using System.Web;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// A YouTube channel whose uploads are pushed: its id and its hub topic. The channels are the YouTube channel feeds
/// already polled (Feeds:Subscriptions), so a channel is configured once and polling stays its fallback.
/// https://developers.google.com/youtube/v3/guides/push_notifications (the topic URL)
/// </summary>
public sealed record YouTubeTopic(string ChannelId, Uri Topic)
{
    private const string TopicBase = "https://www.youtube.com/xml/feeds/videos.xml?channel_id=";

    public static YouTubeTopic For(string channelId) => new(channelId, new Uri(TopicBase + Uri.EscapeDataString(channelId)));

    /// <summary>The channels of the YouTube feeds among <paramref name="feeds"/> (youtube.com or marked YouTube, with a
    /// channel_id in the address), each once.</summary>
    public static IReadOnlyList<YouTubeTopic> Of(IEnumerable<FeedSubscription> feeds) =>
        feeds.Select(ChannelOf).OfType<string>().Distinct(StringComparer.Ordinal).Select(For).ToList();

    /// <summary>The addresses of the YouTube feeds among <paramref name="feeds"/> of the channel whose uploads
    /// <paramref name="topic"/> pushes.</summary>
    public static IEnumerable<Uri> FeedsOf(Uri topic, IEnumerable<FeedSubscription> feeds) =>
        ChannelIdIn(topic) is { } channel ? feeds.Where(feed => ChannelOf(feed) == channel).Select(feed => feed.Url!) : [];

    private static string? ChannelOf(FeedSubscription feed) =>
        feed.Url != null && (feed.Platform == SocialPlatform.YouTube || (feed.Platform == null && feed.Url.Host.EndsWith("youtube.com", StringComparison.OrdinalIgnoreCase)))
            ? ChannelIdIn(feed.Url)
            : null;

    private static string? ChannelIdIn(Uri address) =>
        HttpUtility.ParseQueryString(address.Query)["channel_id"] is { } id && !string.IsNullOrWhiteSpace(id) ? id.Trim() : null;
}
