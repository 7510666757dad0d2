using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Puts the application user's bearer token on each request, from MSAL's client-credentials flow against the
/// environment's "/.default" scope. MSAL caches the token and renews it before it expires, so asking per request is
/// cheap. Without a ClientId (the local default) requests carry the token the worker generated for its LocalDataverse
/// child, if it has one.
/// https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth
/// </summary>
public sealed class AccessTokenHandler : DelegatingHandler
{
    private readonly IConfidentialClientApplication? application;
    private readonly string[] scopes = [];
    private readonly DataverseEndpoint endpoint;

    public AccessTokenHandler(IOptions<DataverseSinkOptions> options, DataverseEndpoint endpoint)
    {
        this.endpoint = endpoint;
        var sink = options.Value;
        if (!sink.UsesClientCredentials)
        {
            return;
        }

        application = ConfidentialClientApplicationBuilder.Create(sink.ClientId)
            .WithClientSecret(sink.ClientSecret)
            .WithAuthority(AzureCloudInstance.AzurePublic, sink.TenantId)
            .Build();
        scopes = [new Uri(sink.Url!, "/.default").ToString()];
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (application != null)
        {
            var token = await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        }
        else if (endpoint.LocalAccessToken is { } local)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", local);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
