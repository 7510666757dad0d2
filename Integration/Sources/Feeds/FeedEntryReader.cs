using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 into mentions: one per entry, its text the title and the body as a reader sees them
/// (<see cref="ReadableText"/>), the title left out when the body already starts with it. A comment (Atom's
/// thr:in-reply-to, or a WordPress comment feed item) replies to its post, so it joins the post's conversation; a
/// comment's title is the feed's caption ("Comment on … by …"), not its text, and is left out. YouTube channel feeds
/// are Atom with YouTube's and Media RSS's extensions: the video id, the channel id (the author) and the description
/// come from those.
/// https://www.rssboard.org/rss-specification, https://www.rfc-editor.org/rfc/rfc4287, https://www.rfc-editor.org/rfc/rfc4685,
/// https://developers.google.com/youtube/v3/guides/push_notifications
/// </summary>
public static class FeedEntryReader
{
    private const string YouTubeNamespace = "http://www.youtube.com/xml/schemas/2015";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string ThreadNamespace = "http://purl.org/syndication/thread/1.0";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string TombstoneNamespace = "http://purl.org/atompub/tombstones/1.0";

    /// <summary>WordPress gives a comment the guid of its post followed by "#comment-" and the comment's number.</summary>
    private const string WordPressCommentMark = "#comment-";

    public static List<FeedEntry> Read(XmlReader xml, FeedSubscription subscription, DateTimeOffset fetchedOn) =>
        ReadWithRemovals(xml, subscription, fetchedOn).Entries;

    /// <summary>The feed's entries, and the entries it says were deleted (RFC 6721's at:deleted-entry, which YouTube's
    /// push notifications send for a deleted video).</summary>
    public static FeedContent ReadWithRemovals(XmlReader xml, FeedSubscription subscription, DateTimeOffset fetchedOn)
    {
        var atom = new Atom10FeedFormatter();
        var isAtom = atom.CanRead(xml);
        var feed = isAtom ? Load(atom, xml) : SyndicationFeed.Load(xml);
        var platform = subscription.Platform
            ?? (subscription.Url!.Host.EndsWith("youtube.com", StringComparison.OrdinalIgnoreCase) ? SocialPlatform.YouTube : SocialPlatform.Blog);
        var feedId = Extension(feed.ElementExtensions, YouTubeNamespace, "channelId")
            ?? feed.Authors.FirstOrDefault()?.Uri ?? feed.Links.FirstOrDefault()?.Uri.ToString() ?? subscription.Url!.ToString();

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var author = FeedAuthor.Of(item, feed, Extension(item.ElementExtensions, DublinCoreNamespace, "creator"),
                Extension(item.ElementExtensions, YouTubeNamespace, "channelId"), feedId);
            var title = Readable(item.Title, isAtom);
            var id = item.Id ?? item.Links.FirstOrDefault()?.Uri.ToString() ?? $"{title}@{item.PublishDate:O}";
            var parentId = InReplyTo(item, id);
            var media = MediaGroup(item);
            var body = MediaDescription(media) ?? ReadableText.FromHtml(Extension(item.ElementExtensions, ContentNamespace, "encoded"))
                ?? Readable(item.Content as TextSyndicationContent, isAtom) ?? Readable(item.Summary, isAtom);
            var postedOn = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : fetchedOn;
            // A video without its media:group is a push notification's entry, which names the video by its title only.
            var carriesBody = media != null || Extension(item.ElementExtensions, YouTubeNamespace, "videoId") == null;
            var version = new FeedEntryVersion(title, body, carriesBody, parentId != null, item.LastUpdatedTime != default ? item.LastUpdatedTime : null);

            entries.Add(new FeedEntry(id, platform, new MentionInput
            {
                Platform = platform.ToString(),
                ExternalPostId = PostIds.ShortId(id),
                InReplyToId = parentId == null ? null : PostIds.ShortId(parentId),
                AuthorExternalId = PostIds.ShortId(author.Id),
                AuthorDisplayName = author.Name,
                AuthorEmail = author.Email,
                Text = version.Text,
                PostUrl = (item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault())?.Uri.ToString(),
                PostedOn = postedOn.ToString("O"),
                Language = feed.Language,
            }, version));
        }

        return new FeedContent(entries, DeletedEntries(feed, platform));
    }

    /// <summary>
    /// at:deleted-entry elements of the feed: "ref" is the deleted entry's atom:id, so its mention has the id
    /// <see cref="PostIds.ShortId"/> made of it. https://www.rfc-editor.org/rfc/rfc6721#section-2
    /// </summary>
    private static List<MentionRemoval> DeletedEntries(SyndicationFeed feed, SocialPlatform platform) =>
        feed.ElementExtensions
            .Where(e => e.OuterName == "deleted-entry" && e.OuterNamespace == TombstoneNamespace)
            .Select(e => e.GetObject<XElement>().Attribute("ref")?.Value.Trim())
            .Where(reference => !string.IsNullOrEmpty(reference))
            .Select(reference => new MentionRemoval(platform, PostIds.ShortId(reference!), MentionStatus.Unpublished))
            .ToList();

    private static SyndicationFeed Load(Atom10FeedFormatter atom, XmlReader xml)
    {
        atom.ReadFrom(xml);
        return atom.Feed;
    }

    /// <summary>
    /// The entry a comment answers: RFC 4685's thr:in-reply-to names it by its atom:id in "ref" (Blogger and WordPress
    /// Atom comment feeds carry it, and some RSS feeds borrow it); a WordPress RSS comment's guid is its post's guid
    /// with "#comment-N" added.
    /// </summary>
    private static string? InReplyTo(SyndicationItem item, string id)
    {
        var reference = item.ElementExtensions.FirstOrDefault(e => e.OuterName == "in-reply-to" && e.OuterNamespace == ThreadNamespace)
            ?.GetObject<XElement>().Attribute("ref")?.Value;
        if (!string.IsNullOrWhiteSpace(reference))
        {
            return reference.Trim();
        }

        var mark = id.IndexOf(WordPressCommentMark, StringComparison.Ordinal);
        return mark > 0 ? id[..mark] : null;
    }

    /// <summary>Atom says whether a text is plain ("text") or markup ("html", "xhtml"); RSS text may always hold HTML.</summary>
    private static string? Readable(TextSyndicationContent? content, bool isAtom) =>
        content == null ? null
        : isAtom && content.Type == "text" ? NullIfBlank(content.Text.Trim())
        : ReadableText.FromHtml(content.Text);

    private static XElement? MediaGroup(SyndicationItem item) =>
        item.ElementExtensions.FirstOrDefault(e => e.OuterName == "group" && e.OuterNamespace == MediaNamespace)?.GetObject<XElement>();

    private static string? MediaDescription(XElement? group) =>
        NullIfBlank(group?.Element(XName.Get("description", MediaNamespace))?.Value.Trim());

    private static string? Extension(SyndicationElementExtensionCollection extensions, string ns, string name) =>
        extensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns)?.GetObject<XElement>().Value;

    private static string? NullIfBlank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
