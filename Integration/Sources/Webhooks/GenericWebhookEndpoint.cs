using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// /webhooks/generic: for systems of our own (a listening tool, a form, a script) that post mentions directly.
/// The body is one mention object or an array of them, in the import's field names. Signing:
/// <list type="bullet">
/// <item><c>X-SocialCrm-Timestamp</c>: Unix seconds when the request was made;</item>
/// <item><c>X-SocialCrm-Signature</c>: "sha256=" and the hex HMAC-SHA256, keyed with the shared secret, of the
/// timestamp, a dot, and the raw body.</item>
/// </list>
/// The timestamp is inside the signature, so a captured request cannot be replayed once it is older than the replay
/// window (5 minutes by default); inside the window a replay only redelivers the same posts, which the queue and the
/// upsert absorb. A body over the limit gets 413. Unlike Meta and X the sender can fix its input, so a body with any
/// invalid mention (a value that is not text included) is refused whole with 400 and the problems of each, by index
/// and field; nothing of it is queued. 202 means all of it is queued.
/// </summary>
public static class GenericWebhookEndpoint
{
    public const string Path = "/webhooks/generic";
    public const string Source = "webhook:generic";
    public const string TimestampHeader = "X-SocialCrm-Timestamp";
    public const string SignatureHeader = "X-SocialCrm-Signature";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, ReceiveAsync);

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<GenericWebhookOptions> options, TimeProvider clock,
        MentionNormalizer normalizer, IMentionInbox queue, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var timestamp = (string?)request.Headers[TimestampHeader] ?? "";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) > settings.ReplayWindow.TotalSeconds)
        {
            return Results.Unauthorized();
        }

        var signed = await SignedRequestBody.ReadAsync(request, settings.Secret!, HmacSignature.DecodeHex(request.Headers[SignatureHeader]),
            settings.MaxBodyBytes, cancellationToken, signedPrefix: timestamp + ".");
        if (signed.Refusal is { } refusal)
        {
            return refusal;
        }

        List<(int Index, MentionNormalization Result)> results;
        try
        {
            using var document = JsonDocument.Parse(signed.Body);
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
            results = items.Select((item, index) =>
            {
                var problems = new List<FieldProblem>();
                var input = MentionJson.ReadInput(item, problems);
                return (index, normalizer.Normalize(input, problems));
            }).ToList();
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { error = $"The body is not JSON: {e.Message}" });
        }

        var rejected = results.Where(r => !r.Result.IsAccepted).ToList();
        if (rejected.Count > 0)
        {
            return Results.BadRequest(new
            {
                error = $"{rejected.Count} of {results.Count} mentions are invalid; nothing was queued.",
                mentions = rejected.Select(r => new { index = r.Index, problems = r.Result.Problems.Select(p => new { field = p.Field, message = p.Message }) }),
                fields = rejected.Any(r => r.Result.Problems.Any(p => p.UnknownField)) ? MentionJson.FieldNames : null,
            });
        }

        await queue.EnqueueAsync(results.Select(r => r.Result.Mention!).ToList(), Source, cancellationToken);
        return Results.Accepted(value: new { accepted = results.Count });
    }
}
