using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Replies.Webhook;

/// <summary>
/// /webhooks/dataverse: Dataverse's scrm_ReplyWebhook service endpoint posts here the execution context of each new
/// mention, with the key as the `code` query-string parameter (WebhookKey;
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#authentication-options). The key is
/// checked, in constant time, before a byte of the body is read: a wrong or missing key gets 401 and nothing is parsed.
/// The body is read up to a limit (413 past it). A created outbound mention wakes the reply delivery (202); any other
/// context is acknowledged (200) and ignored. Delivery itself stays with the delivery loop and its outbox, so a context
/// delivered twice (Dataverse retries 502-504) never posts a reply twice.
/// </summary>
public static class DataverseWebhookEndpoint
{
    public const string Path = "/webhooks/dataverse";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, ReceiveAsync);

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<DataverseWebhookOptions> options, ReplyWakeup wakeup,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.Query["code"].Count != 1 || !WebhookKey.Matches(request.Query["code"], settings.Key!))
        {
            return Results.Unauthorized();
        }

        var body = await ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.Json(new { error = $"The body is larger than this endpoint accepts ({settings.MaxBodyBytes.ToString(CultureInfo.InvariantCulture)} bytes)." },
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        MentionCreatedContext context;
        try
        {
            context = MentionCreatedContext.Parse(body.Value);
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { error = $"The body is not a Dataverse execution context: {e.Message}" });
        }

        if (!context.MayBeReply)
        {
            return Results.Ok();
        }

        loggers.CreateLogger(typeof(DataverseWebhookEndpoint)).LogInformation("Dataverse announced mention {Mention}: delivering replies now.", context.PrimaryEntityId);
        wakeup.Wake(context.PrimaryEntityId);
        return Results.Accepted();
    }

    // The body, or null past maxBytes: a declared length over it is refused unread, a body that grows past it stops there.
    private static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBytes;
        }

        var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return body.GetBuffer().AsMemory(0, (int)body.Length);
    }
}
