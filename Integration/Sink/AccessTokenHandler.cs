using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Puts a bearer token on each request: the application user's (<see cref="DataverseSignIn"/>) for a configured
/// environment, otherwise the token the worker generated for its LocalDataverse child, if it has one.
/// </summary>
public sealed class AccessTokenHandler(DataverseSignIn signIn, DataverseEndpoint endpoint) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if ((await signIn.AccessTokenAsync(cancellationToken) ?? endpoint.LocalAccessToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
