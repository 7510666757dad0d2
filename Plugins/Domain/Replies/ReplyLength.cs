using System.Globalization;
using System.Text.RegularExpressions;
using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>
/// How long a reply may be on its network, counted the way that network counts. Each limit's source is cited beside it;
/// a reply the network would refuse for its length is refused here, before it leaves.
/// </summary>
public static class ReplyLength
{
    /// <summary>
    /// X: 280 weighted characters. Code points in U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F and U+2032-U+2037 weigh
    /// one, every other code point two; an emoji weighs two however many code points it takes; every URL counts as the
    /// 23 characters of its t.co link; the text is counted in NFC.
    /// https://developer.x.com/en/docs/counting-characters and https://docs.x.com/fundamentals/counting-characters
    /// </summary>
    public const int XPostLimit = 280;

    /// <summary>X's t.co links, and Mastodon's characters_reserved_per_url.</summary>
    public const int UrlWeight = 23;

    /// <summary>X direct messages: 10,000 characters, sent through POST /2/dm_conversations/with/:participant_id/messages
    /// (https://developer.x.com/en/docs/x-api/direct-messages/manage; the limit as twitter4j documents it,
    /// https://tessl.io/registry/tessl/maven-org-twitter4j--twitter4j-core/4.1.0/files/docs/direct-messages.md).</summary>
    public const int XDirectMessageLimit = 10000;

    /// <summary>
    /// Bluesky: app.bsky.feed.post text has maxGraphemes 300 and maxLength 3000 (UTF-8 bytes).
    /// https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json
    /// </summary>
    public const int BlueskyGraphemeLimit = 300;

    public const int BlueskyByteLimit = 3000;

    /// <summary>
    /// Mastodon: 500 characters by default (instance configuration statuses.max_characters); URLs count as 23
    /// (characters_reserved_per_url) and a remote mention counts only its user part.
    /// https://docs.joinmastodon.org/user/posting/ and https://docs.joinmastodon.org/entities/Instance/#statuses
    /// </summary>
    public const int MastodonLimit = 500;

    /// <summary>
    /// Facebook comments: 8,000 characters. Meta does not state it in the Graph API reference; the figure is the one
    /// the composer enforces (https://typecount.com/blog/facebook-post-character-limit).
    /// </summary>
    public const int FacebookCommentLimit = 8000;

    /// <summary>Messenger Send API: message.text has a 2,000 character limit
    /// (https://developers.facebook.com/docs/messenger-platform/reference/send-api/).</summary>
    public const int MessengerLimit = 2000;

    /// <summary>
    /// Instagram comments, and so replies to comments: 2,200 characters, as captions. Meta's IG Comment Replies reference
    /// (https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-comment/replies)
    /// states none; the figure is the one the composer enforces (https://bulkpublish.com/blog/instagram-character-limit/).
    /// </summary>
    public const int InstagramCommentLimit = 2200;

    /// <summary>
    /// Instagram Direct messages: 1,000 characters. Meta's send-message guide
    /// (https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/send-message) states
    /// none; the figure is Instagram's own per-message limit (https://qainsta.com/qa/view/how-much-can-i-write-on-instagram).
    /// </summary>
    public const int InstagramMessageLimit = 1000;

    // A link as X and Mastodon detect one for counting: a scheme, then anything up to a space; trailing punctuation is
    // the sentence's, not the link's.
    private static readonly Regex Url = new(@"https?://[^\s]+?(?=[.,;:!?)\]'""]*(\s|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex RemoteMention = new(@"(?<=(^|[^\w/])@\w+)@[\w.-]+\w", RegexOptions.CultureInvariant);

    /// <summary>What is wrong with the length of <paramref name="text"/> on <paramref name="platform"/>, or null when it fits.</summary>
    public static string? Check(SocialPlatform platform, bool isPrivate, string text)
    {
        switch (platform)
        {
            case SocialPlatform.X:
                return isPrivate
                    ? Limit("an X direct message", text.Length, XDirectMessageLimit, "characters")
                    : Limit("a post on X", XWeightedLength(text), XPostLimit, "weighted characters (URLs count 23, emoji and most non-Latin characters 2)");
            case SocialPlatform.Bluesky:
                return Limit("a Bluesky post", Graphemes.Count(text), BlueskyGraphemeLimit, "characters")
                    ?? Limit("a Bluesky post", System.Text.Encoding.UTF8.GetByteCount(text), BlueskyByteLimit, "bytes of UTF-8");
            case SocialPlatform.Mastodon:
                return Limit("a Mastodon post", MastodonLength(text), MastodonLimit, "characters (URLs count 23)");
            case SocialPlatform.Facebook:
                return isPrivate
                    ? Limit("a Messenger message", text.Length, MessengerLimit, "characters")
                    : Limit("a Facebook comment", text.Length, FacebookCommentLimit, "characters");
            case SocialPlatform.Instagram:
                return isPrivate
                    ? Limit("an Instagram direct message", text.Length, InstagramMessageLimit, "characters")
                    : Limit("an Instagram comment", text.Length, InstagramCommentLimit, "characters");
            default:
                return null;
        }
    }

    /// <summary>The weight X gives <paramref name="text"/> against its 280.</summary>
    public static int XWeightedLength(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormC);
        var weight = 0;
        var position = 0;
        foreach (Match link in Url.Matches(normalized))
        {
            weight += XWeight(normalized.Substring(position, link.Index - position)) + UrlWeight;
            position = link.Index + link.Length;
        }

        return weight + XWeight(normalized.Substring(position));
    }

    /// <summary>The length Mastodon counts against its 500: graphemes, URLs as 23, remote mentions without their domain.</summary>
    public static int MastodonLength(string text)
    {
        var withoutDomains = RemoteMention.Replace(text, string.Empty);
        var length = 0;
        var position = 0;
        foreach (Match link in Url.Matches(withoutDomains))
        {
            length += Graphemes.Count(withoutDomains.Substring(position, link.Index - position)) + UrlWeight;
            position = link.Index + link.Length;
        }

        return length + Graphemes.Count(withoutDomains.Substring(position));
    }

    private static int XWeight(string text)
    {
        var weight = 0;
        foreach (var cluster in Graphemes.Split(text))
        {
            if (Graphemes.IsEmoji(cluster))
            {
                weight += 2;
                continue;
            }

            for (var index = 0; index < cluster.Length; index++)
            {
                var codePoint = Graphemes.CodePointAt(cluster, index);
                weight += IsLight(codePoint) ? 1 : 2;
                if (codePoint > 0xFFFF)
                {
                    index++;
                }
            }
        }

        return weight;
    }

    private static bool IsLight(int codePoint) =>
        codePoint <= 0x10FF || (codePoint >= 0x2000 && codePoint <= 0x200D) || (codePoint >= 0x2010 && codePoint <= 0x201F)
        || (codePoint >= 0x2032 && codePoint <= 0x2037);

    private static string? Limit(string what, int length, int limit, string unit) =>
        length > limit
            ? $"is too long for {what}: {Number(length)} {unit}, the limit is {Number(limit)}"
            : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
