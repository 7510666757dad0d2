using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// The Web API of the mention table as reply delivery uses it, on 127.0.0.1: GET scrm_mentions lists the rows waiting
/// (Pending or Sending), PATCH scrm_mentions(id) merges its columns into the row (204). An update to a send status can
/// be answered with errors queued by <see cref="Answer"/>, in Dataverse's error body
/// {"error":{"code","message"}} (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).
/// </summary>
public sealed class FakeReplyRows : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeReplyRows(WebApplication app) => this.app = app;

    public Uri Url => new(app.Urls.Single());

    public ConcurrentDictionary<Guid, JsonObject> Rows { get; } = new();

    private readonly ConcurrentDictionary<int, ConcurrentQueue<(HttpStatusCode Status, string Code, string Message)>> answers = new();
    private int reads;

    /// <summary>Every update received, in order, with the status it was answered with.</summary>
    public ConcurrentQueue<(JsonObject Columns, int Status)> Updates { get; } = new();

    /// <summary>How many times the waiting replies were read: one per delivery round.</summary>
    public int Reads => Volatile.Read(ref reads);

    /// <summary>Answers the next <paramref name="times"/> updates to <paramref name="sendStatus"/> with this error instead of applying them.</summary>
    public void Answer(SendStatus sendStatus, int times, HttpStatusCode status, string code, string message)
    {
        var queue = answers.GetOrAdd((int)sendStatus, _ => new());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue((status, code, message));
        }
    }

    public static async Task<FakeReplyRows> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeReplyRows(app);
        app.MapGet($"/api/data/v9.2/{MentionTable.EntitySetName}", fake.Waiting);
        app.MapMethods($"/api/data/v9.2/{MentionTable.EntitySetName}({{id:guid}})", ["PATCH"], fake.UpdateAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>A reply an agent wrote, waiting for the worker.</summary>
    public Guid AddReply(SocialPlatform platform, string text, string inReplyToId)
    {
        var id = Guid.NewGuid();
        Rows[id] = new JsonObject
        {
            [MentionTable.PrimaryId] = id.ToString(),
            [MentionTable.Platform] = (int)platform,
            [MentionTable.Description] = text,
            [MentionTable.InReplyToId] = inReplyToId,
            [MentionTable.ThreadId] = inReplyToId,
            [MentionTable.MessageType] = (int)MessageType.CommentOrReply,
            [MentionTable.SendStatus] = (int)SendStatus.Pending,
            ["createdon"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        return id;
    }

    public int? SendStatusOf(Guid id) => StatusIn(Rows[id]);

    private IResult Waiting()
    {
        Interlocked.Increment(ref reads);
        var waiting = Rows.Values.Where(row => StatusIn(row) is (int)SendStatus.Pending or (int)SendStatus.Sending).Select(row => row.DeepClone());
        return Results.Json(new JsonObject { ["value"] = new JsonArray(waiting.ToArray()) });
    }

    private async Task<IResult> UpdateAsync(Guid id, HttpRequest request)
    {
        var columns = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        if (!Rows.TryGetValue(id, out var row))
        {
            Updates.Enqueue((columns, 404));
            return Error(HttpStatusCode.NotFound, "0x80040217", $"scrm_mention With Id = {id} Does Not Exist");
        }

        if (StatusIn(columns) is { } status && answers.TryGetValue(status, out var queue) && queue.TryDequeue(out var answer))
        {
            Updates.Enqueue((columns, (int)answer.Status));
            return Error(answer.Status, answer.Code, answer.Message);
        }

        foreach (var (name, value) in columns)
        {
            row[name] = value?.DeepClone();
        }

        Updates.Enqueue((columns, 204));
        return Results.NoContent();
    }

    private static int? StatusIn(JsonObject row) => row[MentionTable.SendStatus]?.GetValue<int>();

    private static IResult Error(HttpStatusCode status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: (int)status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
