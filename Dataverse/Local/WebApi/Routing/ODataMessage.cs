using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.OData;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// A request or response for Microsoft.OData's readers and writers: headers and a body in memory. Requests in a $batch
/// and requests over HTTP go through the same messages.
/// </summary>
internal sealed class ODataMessage : IODataRequestMessage, IODataResponseMessage
{
    private readonly Dictionary<string, string> headers;
    private readonly Stream body;

    public ODataMessage(IEnumerable<KeyValuePair<string, string>> headers, Stream body)
    {
        this.headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            this.headers[name] = value;
        }

        this.body = body;
    }

    public IEnumerable<KeyValuePair<string, string>> Headers => headers;

    public Uri Url { get; set; } = null!;

    public string Method { get; set; } = "GET";

    public int StatusCode { get; set; }

    public string? GetHeader(string headerName) => headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => headers[headerName] = headerValue;

    public Stream GetStream() => body;
}
