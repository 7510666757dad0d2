using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// A blog's feed on 127.0.0.1: GET /feed.xml answers the n-th of the given versions to the n-th request (the last one
/// from then on), each with its ETag and Last-Modified, and always 200: a server that ignores conditional requests, so
/// the poller's own de-duplication is what keeps entries from coming twice. Keeps the validators each request sent.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly IReadOnlyList<FeedVersion> versions;
    private readonly ConcurrentQueue<(string? IfNoneMatch, string? IfModifiedSince)> requests = new();

    private FeedServer(WebApplication app, IReadOnlyList<FeedVersion> versions)
    {
        this.app = app;
        this.versions = versions;
    }

    /// <summary>The feed's address.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The If-None-Match and If-Modified-Since each request carried, in the order they came.</summary>
    public IReadOnlyList<(string? IfNoneMatch, string? IfModifiedSince)> Requests => requests.ToArray();

    public static async Task<FeedServer> StartAsync(params FeedVersion[] versions)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FeedServer(builder.Build(), versions);
        server.app.MapGet("/feed.xml", server.Answer);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Url = new Uri(new Uri(address), "/feed.xml");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private IResult Answer(HttpContext context)
    {
        var headers = context.Request.Headers;
        requests.Enqueue((headers.IfNoneMatch.Count == 0 ? null : headers.IfNoneMatch.ToString(), headers.IfModifiedSince.Count == 0 ? null : headers.IfModifiedSince.ToString()));
        var version = versions[Math.Min(requests.Count, versions.Count) - 1];
        context.Response.Headers.ETag = version.ETag;
        context.Response.Headers.LastModified = version.LastModified.ToString("r");
        return Results.Text(version.Atom, "application/atom+xml");
    }
}
