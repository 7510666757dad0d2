using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>One answer: status, headers and body, written to HTTP or into a $batch response part.</summary>
internal sealed class WebApiResponse
{
    public WebApiResponse(int statusCode)
    {
        StatusCode = statusCode;
        Headers["OData-Version"] = "4.0";
    }

    public int StatusCode { get; set; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[] Body { get; set; } = Array.Empty<byte>();

    public bool IsSuccess => StatusCode < 400;

    public static WebApiResponse NoContent() => new(204);
}
