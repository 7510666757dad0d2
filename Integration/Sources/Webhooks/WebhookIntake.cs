using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// What Meta's and X's endpoints do with a delivery whose signature is good: read it, and hand what it holds to the
/// <see cref="SourceIntake"/>. A network cannot fix one bad item and would only redeliver the whole delivery (and in
/// the end switch the subscription off), so only a body that is not a JSON object is refused; every write is durable
/// before the endpoint answers 200.
/// </summary>
public sealed class WebhookIntake(SourceIntake intake)
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

        await intake.AcceptAsync(source, inputs, cancellationToken);
        return Results.Ok();
    }
}
