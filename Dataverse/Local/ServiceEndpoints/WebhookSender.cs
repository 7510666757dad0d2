using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.ServiceEndpoints;

/// <summary>
/// Posts an execution context to a webhook as Dataverse does: the RemoteExecutionContext JSON, the key as the `code`
/// query-string parameter, the x-ms-dynamics-* headers; 60 seconds to answer; success is a 2xx status, and only 502, 503
/// and 504 are tried once more. A failure is a fault, so an asynchronous step's system job records it as failed (and a
/// synchronous one's request rolls back).
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public void Post(ServiceEndpointDefinition endpoint, string key, IPluginExecutionContext context)
    {
        var (body, sizeExceeded) = RemoteExecutionContextJson.Serialize(context);
        var url = new UriBuilder(endpoint.Url!) { Query = "code=" + Uri.EscapeDataString(key) }.Uri;
        var status = Send(url, body, sizeExceeded, context);
        if (status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            status = Send(url, body, sizeExceeded, context);
        }

        if ((int)status is < 200 or > 299)
        {
            throw Failed(endpoint, $"it answered {(int)status} {status}");
        }
    }

    public void Dispose() => http.Dispose();

    private HttpStatusCode Send(Uri url, byte[] body, bool sizeExceeded, IPluginExecutionContext context)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        // Dataverse sends its domain name; LocalDataverse, served or not, knows only the organization's name.
        request.Headers.Add("x-ms-dynamics-organization", context.OrganizationName);
        request.Headers.Add("x-ms-dynamics-entity-name", context.PrimaryEntityName);
        request.Headers.Add("x-ms-dynamics-request-name", context.MessageName);
        request.Headers.Add("x-ms-correlation-request-id", context.CorrelationId.ToString("D", CultureInfo.InvariantCulture));
        if (sizeExceeded)
        {
            request.Headers.Add("x-ms-dynamics-msg-size-exceeded", "true");
        }

        try
        {
            using var response = http.Send(request);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw Failed(url, e.Message);
        }
    }

    private static Exception Failed(ServiceEndpointDefinition endpoint, string reason) => Failed(endpoint.Url!, reason);

    // The query string carries the key: the message names the endpoint by its address only.
    private static Exception Failed(Uri url, string reason) =>
        DataverseFault.Create(ErrorCodes.IsvAborted, $"The webhook at {url.GetLeftPart(UriPartial.Path)} did not take the execution context: {reason}.");
}
