using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// The documented Web API contract of UpsertMultiple on a standard table, served on 127.0.0.1: 204 when every target is
/// stored (keyed by its @odata.id), or a 400 with Dataverse's error body and nothing stored when one target is refused
/// (here: a description containing "REJECT", as a plug-in's validation would). It can throttle (429 with Retry-After)
/// or deny access (401) on demand, and records what it was sent.
/// </summary>
public sealed class FakeDataverse : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> authorsInFlight = new();
    private int throttleNext;
    private int inFlight;

    private FakeDataverse(WebApplication app) => this.app = app;

    public Uri Url => new(app.Urls.Single());

    public ConcurrentDictionary<string, JsonElement> Records { get; } = new();

    public ConcurrentQueue<int> RequestSizes { get; } = new();

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public int MaxInFlight { get; private set; }

    /// <summary>Post ids in the order they were stored.</summary>
    public ConcurrentQueue<string> Landed { get; } = new();

    /// <summary>Whether one author's mentions were ever in two requests at the same time.</summary>
    public bool AuthorInTwoRequestsAtOnce { get; private set; }

    public bool DenyAccess { get; set; }

    /// <summary>How long each request takes to answer, as a slow plug-in makes it.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Answers every other request 429 with "Retry-After: 0": a long storm of throttling that never stops progress.</summary>
    public bool ThrottleEverySecondRequest { get; set; }

    public int Requests => RequestSizes.Count;

    public void ThrottleNext(int count) => throttleNext = count;

    public static async Task<FakeDataverse> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDataverse(app);
        app.MapPost("/api/data/v9.2/scrm_mentions/Microsoft.Dynamics.CRM.UpsertMultiple", fake.UpsertMultipleAsync);
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult> UpsertMultipleAsync(HttpRequest request)
    {
        var now = Interlocked.Increment(ref inFlight);
        MaxInFlight = Math.Max(MaxInFlight, now);
        List<string> authors = [];
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var targets = body.RootElement.GetProperty("Targets").EnumerateArray().Select(t => t.Clone()).ToList();
            RequestSizes.Enqueue(targets.Count);
            Authorizations.Enqueue(request.Headers.Authorization);
            authors = targets.Select(t => t.GetProperty("scrm_authorexternalid").GetString()!).Distinct().ToList();
            foreach (var author in authors)
            {
                AuthorInTwoRequestsAtOnce |= authorsInFlight.AddOrUpdate(author, 1, (_, n) => n + 1) > 1;
            }

            await Task.Delay(ResponseDelay);

            if (DenyAccess)
            {
                return Error(HttpStatusCode.Unauthorized, "0x80072560", "The user is not a member of the organization.");
            }

            if (ThrottleEverySecondRequest && RequestSizes.Count % 2 == 1)
            {
                request.HttpContext.Response.Headers.RetryAfter = "0";
                return Error(HttpStatusCode.TooManyRequests, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");
            }

            if (Interlocked.Decrement(ref throttleNext) >= 0)
            {
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Error(HttpStatusCode.TooManyRequests, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");
            }

            var refused = targets.FirstOrDefault(t => t.TryGetProperty("description", out var d) && d.GetString()!.Contains("REJECT", StringComparison.Ordinal));
            if (refused.ValueKind != JsonValueKind.Undefined)
            {
                return Error(HttpStatusCode.BadRequest, "0x80040265", $"Mention {refused.GetProperty("scrm_externalpostid").GetString()} was refused by intake.");
            }

            foreach (var target in targets)
            {
                Records[target.GetProperty("@odata.id").GetString()!] = target;
                Landed.Enqueue(target.GetProperty("scrm_externalpostid").GetString()!);
            }

            return Results.NoContent();
        }
        finally
        {
            foreach (var author in authors)
            {
                authorsInFlight.AddOrUpdate(author, 0, (_, n) => n - 1);
            }

            Interlocked.Decrement(ref inFlight);
        }
    }

    private static IResult Error(HttpStatusCode status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: (int)status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
