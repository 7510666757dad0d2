using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using SocialCrm.Dataverse.Local.WebApi.Auth;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>The HTTP side of the Web API: reads the request's body, hands it to the dispatcher and writes its answer.</summary>
internal static class WebApiEndpoint
{
    public static async Task HandleAsync(HttpContext context, RequestDispatcher dispatcher)
    {
        var body = await BodyAsync(context.Request, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new WebApiRequest(context.Request.Method, new Uri(context.Request.GetEncodedUrl()), headers, body, Caller.Of(context));

        var response = dispatcher.Dispatch(request);

        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body.Length > 0)
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    // With a Content-Length (Kestrel caps it) the body is read straight into one array of that size; a MemoryStream's
    // growing buffer and its final copy would allocate the body about three times over.
    private static async Task<byte[]> BodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength is long length and <= int.MaxValue)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellation);
            return body;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellation);
        return buffer.ToArray();
    }
}
