using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// What Meta's and X's endpoints do with a delivery whose signature is good: queue the mentions that pass the edge
/// and dead-letter the ones that do not (or hold a value that is not text), each with its reason. A network cannot
/// fix one bad item and would only redeliver the whole delivery (and in the end switch the subscription off), so a
/// refused item is kept for a person to look at rather than refused to the sender. Both writes are durable before the
/// endpoint answers 200.
/// </summary>
public sealed class WebhookIntake(MentionNormalizer normalizer, IMentionInbox queue, IRemovalStore removals, ILogger<WebhookIntake> logger)
{
    /// <summary>Parses a verified delivery (a JSON object, as both networks send) and accepts what
    /// <paramref name="read"/> finds in it: 200 once queued, 400 for a body that is not a JSON object.</summary>
    public async Task<IResult> AcceptDeliveryAsync(string source, ReadOnlyMemory<byte> body, Func<JsonElement, List<SourcedInput>> read,
        CancellationToken cancellationToken)
    {
        List<SourcedInput> inputs;
        try
        {
            using var delivery = JsonDocument.Parse(body);
            if (delivery.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Results.BadRequest(new { error = "The body is not a JSON object." });
            }

            inputs = read(delivery.RootElement);
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { error = $"The body is not JSON: {e.Message}" });
        }
        catch (UnreadableTextException e)
        {
            return Results.BadRequest(new { error = $"The delivery's envelope is unreadable: {e.Message}" });
        }

        await AcceptAsync(source, inputs, cancellationToken);
        return Results.Ok();
    }

    private async Task AcceptAsync(string source, IReadOnlyList<SourcedInput> inputs, CancellationToken cancellationToken)
    {
        var accepted = new List<Mention>();
        var removed = new List<MentionRemoval>();
        var ignored = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var deadLettered = 0;
        foreach (var item in inputs)
        {
            if (item.Removal is { } removal)
            {
                removed.Add(removal);
                continue;
            }

            if (item.Ignored is { } kind)
            {
                ignored[kind] = ignored.GetValueOrDefault(kind) + 1;
                continue;
            }

            var result = item.Input is { } input ? normalizer.Normalize(input) : null;
            if (result?.Mention is { } mention)
            {
                accepted.Add(mention);
            }
            else
            {
                await queue.DeadLetterRejectedAsync(source, item.Raw, result?.Reason ?? item.Unreadable!, cancellationToken);
                deadLettered++;
            }
        }

        // Removals first: a post and its delete in one delivery leave a tombstone, never a mention.
        if (removed.Count > 0)
        {
            await removals.RecordAsync(removed, source, cancellationToken);
        }

        if (accepted.Count > 0)
        {
            await queue.EnqueueAsync(accepted, source, cancellationToken);
        }

        // One line per delivery, so an operator sees what each network sent and what became of it.
        logger.LogInformation("{Source} delivery: {Accepted} queued, {Removals} removals, {DeadLettered} dead-lettered, ignored: {Ignored}.",
            source, accepted.Count, removed.Count, deadLettered,
            ignored.Count == 0 ? "none" : string.Join(", ", ignored.Select(pair => $"{pair.Key} {pair.Value}")));
    }
}
