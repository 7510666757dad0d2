using System.Linq;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// Who wrote an entry, from every place feeds put it: an Atom &lt;author&gt; (name, email, uri), an RSS &lt;author&gt;
/// (by the RSS 2.0 spec an address, usually followed by the name in parentheses: "lawyer@boyer.net (Lawyer Boyer)"),
/// a Dublin Core &lt;dc:creator&gt; (the name, which WordPress and most blogs use), YouTube's channel id. An entry
/// that names no author is the feed's own: its author, else its title. A placeholder address is never taken.
/// https://www.rssboard.org/rss-specification#ltauthorgtSubelementOfLtitemgt, https://www.rfc-editor.org/rfc/rfc4287#section-3.2
/// </summary>
public sealed partial record FeedAuthor(string Id, string? Name, string? Email)
{
    public static FeedAuthor Of(SyndicationItem item, SyndicationFeed feed, string? creator, string? channelId, string feedId)
    {
        var person = item.Authors.Select(Read).FirstOrDefault(p => p.Name != null || p.Email != null || p.Uri != null);
        var name = person.Name ?? creator;
        if (person.Uri == null && person.Email == null && name == null)
        {
            var owner = feed.Authors.Select(Read).FirstOrDefault();
            return new FeedAuthor(channelId ?? feedId, owner.Name ?? feed.Title?.Text, null);
        }

        return new FeedAuthor(channelId ?? person.Uri ?? person.Email ?? name!, name, person.Email);
    }

    private static (string? Name, string? Email, string? Uri) Read(SyndicationPerson person)
    {
        var name = Blank(person.Name);
        var email = Blank(person.Email);
        if (email != null && RssAuthor().Match(email) is { Success: true } rss)
        {
            email = rss.Groups["email"].Value;
            name ??= Blank(rss.Groups["name"].Value);
        }
        else if (email != null && !email.Contains('@'))
        {
            // A bare name in RSS's <author>, which many feeds write instead of an address.
            name ??= email;
            email = null;
        }

        return (name, email == null || PlaceholderEmail.IsPlaceholder(email) ? null : email, Blank(person.Uri));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\s*(?<email>[^\s()]+@[^\s()]+)\s*(\((?<name>[^)]*)\))?\s*$")]
    private static partial Regex RssAuthor();
}
