using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using SocialCrm.Dataverse.Local.WebApi.Auth;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>The HTTP side of the Web API: reads the request whole, hands it to the dispatcher and writes its answer.</summary>
internal static class WebApiEndpoint
{
    public static async Task HandleAsync(HttpContext context, RequestDispatcher dispatcher)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new WebApiRequest(context.Request.Method, new Uri(context.Request.GetEncodedUrl()), headers, buffer.ToArray(), Caller.Of(context));

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
}
