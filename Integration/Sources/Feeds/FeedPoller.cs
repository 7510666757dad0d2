using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// Polls one feed once: a conditional GET (If-None-Match with the last ETag, If-Modified-Since with the last
/// Last-Modified), so an unchanged feed costs a 304 and no parsing; then its new entries become mentions and its changed
/// ones edits (<see cref="FeedEntryDelivery"/>), and only after that are the validators saved. A crash in between reads
/// the feed again next time, which what was recorded as delivered absorbs.
/// </summary>
public sealed class FeedPoller(IHttpClientFactory httpClients, FeedStateStore state, FeedEntryDelivery delivery, TimeProvider clock,
    IOptions<FeedOptions> options, ILogger<FeedPoller> logger)
{
    public const string Source = "feed";
    public const string HttpClientName = "feeds";

    /// <summary>Returns how many new entries were queued.</summary>
    public async Task<int> PollAsync(FeedSubscription subscription, CancellationToken cancellationToken)
    {
        var url = subscription.Url!;
        var (etag, lastModified) = await state.ValidatorsAsync(url, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag != null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified.HasValue)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return 0;
        }

        response.EnsureSuccessStatusCode();
        var limit = options.Value.MaxFeedBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw TooLarge(url, limit);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);

        // A character takes at least one byte, so a document within the byte limit is within this many characters.
        using var xml = XmlReader.Create(body, new XmlReaderSettings
        {
            Async = false, DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = limit,
        });
        FeedContent content;
        try
        {
            content = FeedEntryReader.ReadWithRemovals(xml, subscription, clock.GetUtcNow());
        }
        catch (Exception e) when (PassedTheLimit(e))
        {
            throw TooLarge(url, limit);
        }

        var queued = await delivery.DeliverAsync(Source, url, content, await state.TakenBeforeAsync(url, content.Entries, cancellationToken), cancellationToken);
        await state.SaveValidatorsAsync(url, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, cancellationToken);
        if (queued > 0)
        {
            logger.LogInformation("Feed {Feed}: {Queued} new entries queued.", url, queued);
        }

        return queued;
    }

    /// <summary>XmlReader says so in an XmlException, which the syndication formatters may wrap.</summary>
    private static bool PassedTheLimit(Exception? e) =>
        e != null && ((e is XmlException && e.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal)) || PassedTheLimit(e.InnerException));

    private static InvalidDataException TooLarge(Uri url, int limit) =>
        new($"Feed {url} is larger than Feeds:MaxFeedBytes ({limit.ToString("N0", CultureInfo.InvariantCulture)} bytes); nothing of it was read.");
}
