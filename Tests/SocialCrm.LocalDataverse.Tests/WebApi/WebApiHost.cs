using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// A LocalDataverse served over real HTTP on a free 127.0.0.1 port, with an HttpClient at its service root: the Web API
/// tests' one fixture. Build the environment (tables, steps, seed rows), then start.
/// </summary>
internal sealed class WebApiHost : IAsyncDisposable
{
    private readonly LocalDataverseServer server;

    private WebApiHost(LocalDataverse dataverse, LocalDataverseServer server, ListLoggerProvider log)
    {
        Dataverse = dataverse;
        this.server = server;
        Log = log;
        Client = new HttpClient { BaseAddress = server.ServiceRoot };
    }

    public LocalDataverse Dataverse { get; }

    public HttpClient Client { get; }

    public Uri ServiceRoot => server.ServiceRoot;

    /// <summary>What the host logged.</summary>
    public ListLoggerProvider Log { get; }

    public IOrganizationService Service => Dataverse.GetOrganizationService();

    public static async Task<WebApiHost> StartAsync(LocalDataverse dataverse, WebApiOptions? options = null)
    {
        var log = new ListLoggerProvider();
        var server = await LocalDataverseServer.StartAsync(dataverse, options, logging: l => l.AddProvider(log).SetMinimumLevel(LogLevel.Information));
        return new WebApiHost(dataverse, server, log);
    }

    public static Task<WebApiHost> StartAsync(WebApiOptions? options = null) => StartAsync(Tables.Environment().Build(), options);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? json = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string url, params (string Name, string Value)[] headers) => SendAsync(HttpMethod.Get, url, null, headers);

    public async Task<JsonElement> GetJsonAsync(string url, params (string Name, string Value)[] headers)
    {
        using var response = await GetAsync(url, headers);
        return await Json.ReadAsync(response, expectedStatus: 200);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await server.DisposeAsync();
        Dataverse.Dispose();
    }
}
