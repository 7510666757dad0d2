using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.OData;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>One Web API request, from HTTP or from a $batch part, with the user it runs as.</summary>
internal sealed class WebApiRequest
{
    public WebApiRequest(string method, Uri url, IReadOnlyDictionary<string, string> headers, byte[] body, Guid callerId)
    {
        Method = method.ToUpperInvariant();
        Url = url;
        Headers = headers;
        Body = body;
        CallerId = callerId;
    }

    public string Method { get; }

    /// <summary>The absolute URL, query string included.</summary>
    public Uri Url { get; }

    /// <summary>Case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public Guid CallerId { get; }

    /// <summary>True for a request read from a $batch part, which may not itself be a $batch.</summary>
    public bool InBatch { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The Prefer header, parsed by Microsoft.OData.</summary>
    public ODataPreferenceHeader Preferences() => Message().PreferHeader();

    /// <summary>The request as Microsoft.OData's readers take it.</summary>
    public ODataMessage Message() => new(Headers, new MemoryStream(Body, writable: false)) { Url = Url, Method = Method };
}
