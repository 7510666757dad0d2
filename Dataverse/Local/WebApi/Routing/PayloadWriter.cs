using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// Writes a response body with Microsoft.OData's writer (JSON with minimal metadata unless told otherwise, as Dataverse answers) and takes the
/// headers the writer sets (Content-Type, OData-Version) into the response.
/// </summary>
internal static class PayloadWriter
{
    public static WebApiResponse Write(int statusCode, IEdmModel model, ODataMessageWriterSettings settings, Action<ODataMessageWriter> write, ODataFormat? format = null)
    {
        settings.EnableMessageStreamDisposal = false;
        settings.Version = ODataVersion.V4;
        settings.SetContentType(format ?? ODataFormat.Json);
        var body = new MemoryStream();
        var message = new ODataMessage(Array.Empty<KeyValuePair<string, string>>(), body) { StatusCode = statusCode };
        using (var writer = new ODataMessageWriter((IODataResponseMessage)message, settings, model))
        {
            write(writer);
        }

        var response = new WebApiResponse(statusCode) { Body = body.ToArray() };
        foreach (var (name, value) in message.Headers)
        {
            response.Headers[name] = value;
        }

        return response;
    }
}
