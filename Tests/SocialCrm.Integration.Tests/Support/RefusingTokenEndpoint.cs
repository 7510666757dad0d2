using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// Microsoft Entra ID refusing a client secret: 401 with the OAuth 2.0 error body and error code AADSTS7000215, as the
/// identity platform documents it (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). Every
/// request MSAL makes gets it, so no test ever reaches the real identity provider.
/// </summary>
public sealed class RefusingTokenEndpoint : HttpMessageHandler
{
    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        const string body = """
            {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.","error_codes":[7000215],"timestamp":"2025-03-01 12:00:00Z","trace_id":"00000000-0000-0000-0000-000000000001","correlation_id":"00000000-0000-0000-0000-000000000002"}
            """;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
