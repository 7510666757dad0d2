using System;
using System.Xml;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// A YouTube push notification: an Atom feed of the channel's changed entries (yt:videoId, yt:channelId, title,
/// link, author, published, updated) or, for a deleted video, an at:deleted-entry naming it. Google sends one when a
/// video is uploaded or its title or description changes, and the entry carries the title only, never the description.
/// Read by the same reader as the polled channel feed, so a video pushed and then polled is one mention (id
/// "yt:video:…", author the channel id) whose description the poll brings.
/// https://developers.google.com/youtube/v3/guides/push_notifications, https://www.rfc-editor.org/rfc/rfc6721
/// </summary>
public static class YouTubeNotificationReader
{
    public static FeedContent Read(ReadOnlyMemory<byte> body, Uri topic, DateTimeOffset receivedOn)
    {
        using var stream = new System.IO.MemoryStream(body.ToArray(), writable: false);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return FeedEntryReader.ReadWithRemovals(xml, new FeedSubscription { Url = topic, Platform = SocialPlatform.YouTube }, receivedOn);
    }
}
