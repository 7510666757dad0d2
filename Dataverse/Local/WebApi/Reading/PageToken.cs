using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.WebApi.Errors;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// The $skiptoken of @odata.nextLink: a paging cookie naming the next page, in the shape Dataverse uses. A client treats
/// the link as opaque and sends it back with the same Prefer: odata.maxpagesize.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
/// </summary>
internal static class PageToken
{
    public static int PageOf(string? skipToken)
    {
        if (string.IsNullOrEmpty(skipToken))
        {
            return 1;
        }

        try
        {
            // A client's text: no DTD, so no entity expansion.
            using var reader = System.Xml.XmlReader.Create(new System.IO.StringReader(skipToken), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            var cookie = XElement.Load(reader);
            return int.Parse((string?)cookie.Attribute("pagenumber") ?? "1", NumberStyles.None, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or FormatException or OverflowException)
        {
            throw WebApiException.BadRequest($"The $skiptoken '{skipToken}' is not a paging cookie this service gave.");
        }
    }

    /// <summary><paramref name="requestUrl"/> asking for page <paramref name="page"/>.</summary>
    public static Uri NextLink(Uri requestUrl, int page)
    {
        var cookie = new XElement("cookie", new XAttribute("pagenumber", page), new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);
        var options = requestUrl.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(o => !o.StartsWith("$skiptoken=", StringComparison.Ordinal) && !o.StartsWith("%24skiptoken=", StringComparison.OrdinalIgnoreCase))
            .Append("$skiptoken=" + Uri.EscapeDataString(cookie));
        return new UriBuilder(requestUrl) { Query = string.Join("&", options) }.Uri;
    }
}
