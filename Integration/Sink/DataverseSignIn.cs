using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// The application user's sign-in: MSAL's client-credentials flow against the environment's "/.default" scope. One
/// application for the process, so MSAL's token cache serves every request and renews the token before it expires.
/// MSAL's own requests go through the named HttpClient <see cref="HttpClientName"/>, like every other call the worker
/// makes. Without a ClientId (the local default) there is no sign-in.
/// https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth
/// </summary>
public sealed class DataverseSignIn
{
    public const string HttpClientName = "dataverse-sign-in";

    private readonly IConfidentialClientApplication? application;
    private readonly string[] scopes = [];

    public DataverseSignIn(IOptions<DataverseSinkOptions> options, IHttpClientFactory httpClients)
    {
        var sink = options.Value;
        if (!sink.UsesClientCredentials)
        {
            return;
        }

        application = ConfidentialClientApplicationBuilder.Create(sink.ClientId)
            .WithClientSecret(sink.ClientSecret)
            .WithAuthority(AzureCloudInstance.AzurePublic, sink.TenantId)
            .WithHttpClientFactory(new NamedHttpClients(httpClients))
            .Build();
        scopes = [new Uri(sink.Url!, "/.default").ToString()];
    }

    /// <summary>The bearer token, or null when the worker does not sign in. Throws <see cref="MsalException"/> when sign-in fails.</summary>
    public async Task<string?> AccessTokenAsync(CancellationToken cancellationToken) =>
        application == null ? null : (await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken)).AccessToken;

    private sealed class NamedHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
    }
}
