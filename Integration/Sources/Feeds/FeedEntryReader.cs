using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 (SyndicationFeed tells them apart) into mentions: one per entry, its text the title and
/// the summary as plain text. YouTube channel feeds are Atom with YouTube's and Media RSS's extensions: the video id,
/// the channel id (the author) and the description come from those.
/// https://www.rssboard.org/rss-specification, https://www.rfc-editor.org/rfc/rfc4287
/// </summary>
public static partial class FeedEntryReader
{
    private const string YouTubeNamespace = "http://www.youtube.com/xml/schemas/2015";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static List<FeedEntry> Read(XmlReader xml, FeedSubscription subscription, DateTimeOffset fetchedOn)
    {
        var feed = SyndicationFeed.Load(xml);
        var platform = subscription.Platform
            ?? (subscription.Url!.Host.EndsWith("youtube.com", StringComparison.OrdinalIgnoreCase) ? SocialPlatform.YouTube : SocialPlatform.Blog);
        var feedAuthor = feed.Authors.FirstOrDefault();
        var feedAuthorId = Extension(feed.ElementExtensions, YouTubeNamespace, "channelId")
            ?? feedAuthor?.Uri ?? feed.Links.FirstOrDefault()?.Uri.ToString() ?? subscription.Url!.ToString();

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var author = item.Authors.FirstOrDefault() ?? feedAuthor;
            var creator = Extension(item.ElementExtensions, DublinCoreNamespace, "creator");
            var channelId = Extension(item.ElementExtensions, YouTubeNamespace, "channelId");
            var summary = MediaDescription(item) ?? PlainText((item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text);
            var title = PlainText(item.Title?.Text);
            var id = item.Id ?? item.Links.FirstOrDefault()?.Uri.ToString() ?? $"{title}@{item.PublishDate:O}";
            var postedOn = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : fetchedOn;

            entries.Add(new FeedEntry(id, new MentionInput
            {
                Platform = platform.ToString(),
                ExternalPostId = ShortId(id),
                AuthorExternalId = ShortId(channelId ?? author?.Uri ?? author?.Email ?? creator ?? author?.Name ?? feedAuthorId),
                AuthorDisplayName = author?.Name ?? creator ?? feed.Title?.Text,
                AuthorEmail = author?.Email is { } email && email.Contains('@') ? email.Split(' ')[0] : null,
                Text = Fit(string.Join("\n\n", new[] { title, summary }.Where(t => !string.IsNullOrEmpty(t)))),
                PostUrl = (item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault())?.Uri.ToString(),
                PostedOn = postedOn.ToString("O"),
                Language = feed.Language,
            }));
        }

        return entries;
    }

    /// <summary>An id that fits the column (100 characters): long ids (often URLs) become "sha256:" and a digest, the same every time.</summary>
    public static string ShortId(string id) =>
        id.Length <= MentionTable.ExternalIdLength ? id : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    /// <summary>A long article is cut to the column's length rather than refused: a feed entry is read, not typed, and its link keeps the whole.</summary>
    private static string? Fit(string text) =>
        text.Length == 0 ? null : text.Length <= MentionTable.DescriptionLength ? text : text[..(MentionTable.DescriptionLength - 1)] + "…";

    private static string? MediaDescription(SyndicationItem item)
    {
        var group = item.ElementExtensions.FirstOrDefault(e => e.OuterName == "group" && e.OuterNamespace == MediaNamespace);
        return group?.GetObject<XElement>().Element(XName.Get("description", MediaNamespace))?.Value;
    }

    private static string? Extension(SyndicationElementExtensionCollection extensions, string ns, string name) =>
        extensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns)?.GetObject<XElement>().Value;

    private static string? PlainText(string? html) =>
        html == null ? null : WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
