using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver on 127.0.0.1: takes protobuf exports at /v1/metrics and /v1/traces
/// and keeps their bodies (https://opentelemetry.io/docs/specs/otlp/#otlphttp). Protobuf writes names as plain UTF-8,
/// so a test finds a metric's or span's name in the bytes without decoding the message.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication app;

    private OtlpCollector(WebApplication app) => this.app = app;

    public Uri Url => new(app.Urls.Single());

    public ConcurrentQueue<(string Signal, string ContentType, byte[] Body)> Exports { get; } = new();

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var collector = new OtlpCollector(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector.Exports.Enqueue((signal, request.ContentType ?? "", body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return collector;
    }

    /// <summary>Whether any export of <paramref name="signal"/> (metrics, traces) carries <paramref name="name"/>.</summary>
    public bool Received(string signal, string name) =>
        Exports.Any(e => e.Signal == signal && Encoding.UTF8.GetString(e.Body).Contains(name, StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
