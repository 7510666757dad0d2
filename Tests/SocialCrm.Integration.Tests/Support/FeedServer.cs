using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A site serving feeds on 127.0.0.1 with ETags; it answers 304 to a matching If-None-Match unless told to ignore validators.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> feeds = new();

    private FeedServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<string?> IfNoneMatchReceived { get; } = new();

    public bool HonoursValidators { get; set; } = true;

    /// <summary>Answers 401 with a Basic challenge, as a members-only feed does to a reader whose password was changed.</summary>
    public bool RefusesCredentials { get; set; }

    public Uri Url(string name) => new(new Uri(app.Urls.Single()), "/feeds/" + name);

    public void Serve(string name, string xml) => feeds[name] = xml;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FeedServer(app);
        app.MapGet("/feeds/{name}", (string name, HttpRequest request, HttpResponse response) =>
        {
            var xml = server.feeds[name];
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)))[..16] + "\"";
            var ifNoneMatch = (string?)request.Headers.IfNoneMatch;
            server.IfNoneMatchReceived.Enqueue(ifNoneMatch);
            if (server.RefusesCredentials)
            {
                response.Headers.WWWAuthenticate = "Basic realm=\"members\"";
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            if (server.HonoursValidators && ifNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            response.Headers.ETag = etag;
            return Results.Text(xml, "application/xml", Encoding.UTF8);
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
