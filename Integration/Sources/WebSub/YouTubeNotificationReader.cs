using System;
using System.Collections.Generic;
using System.Xml;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// A YouTube push notification: an Atom feed of the channel's changed entries (yt:videoId, yt:channelId, title,
/// link, author, published) or, for a deleted video, an at:deleted-entry naming it. Read by the same reader as the
/// polled channel feed, so a video pushed and then polled is one mention (id "yt:video:…", author the channel id).
/// https://developers.google.com/youtube/v3/guides/push_notifications, https://www.rfc-editor.org/rfc/rfc6721
/// </summary>
public static class YouTubeNotificationReader
{
    public static List<SourcedInput> Read(ReadOnlyMemory<byte> body, Uri topic, DateTimeOffset receivedOn)
    {
        using var stream = new System.IO.MemoryStream(body.ToArray(), writable: false);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var content = FeedEntryReader.ReadWithRemovals(xml, new FeedSubscription { Url = topic, Platform = SocialPlatform.YouTube }, receivedOn);
        var inputs = new List<SourcedInput>();
        foreach (var removal in content.Removals)
        {
            inputs.Add(new SourcedInput(null, $"{topic} deleted {removal.ExternalPostId}", Removal: removal));
        }

        foreach (var entry in content.Entries)
        {
            inputs.Add(new SourcedInput(entry.Input, $"{topic} {entry.Id}"));
        }

        return inputs;
    }
}
