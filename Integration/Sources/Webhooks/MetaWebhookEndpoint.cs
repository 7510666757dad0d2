using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// /webhooks/meta. GET is the subscription handshake: with hub.mode=subscribe and the configured hub.verify_token it
/// answers hub.challenge. POST is an event notification, signed in X-Hub-Signature-256 as "sha256=" and the hex
/// HMAC-SHA256 of the raw body keyed with the app secret; a missing or wrong signature gets 401, a body over the
/// limit 413, a good one 200 once its mentions are queued. https://developers.facebook.com/docs/graph-api/webhooks/getting-started
/// </summary>
public static class MetaWebhookEndpoint
{
    public const string Path = "/webhooks/meta";
    public const string Source = "webhook:meta";
    public const string SignatureHeader = "X-Hub-Signature-256";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Verify);
        endpoints.MapPost(Path, ReceiveAsync);
    }

    private static IResult Verify(HttpRequest request, IOptions<MetaWebhookOptions> options)
    {
        var query = request.Query;
        var token = (string?)query["hub.verify_token"] ?? "";
        var expected = options.Value.VerifyToken ?? "";
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected));
        return query["hub.mode"] == "subscribe" && matches && query["hub.challenge"].Count == 1
            ? Results.Text(query["hub.challenge"].ToString(), "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<MetaWebhookOptions> options, WebhookIntake intake, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var signed = await SignedRequestBody.ReadAsync(request, settings.AppSecret!,
            HmacSignature.DecodeHex(request.Headers[SignatureHeader]), settings.MaxBodyBytes, cancellationToken);
        return signed.Refusal ?? await intake.AcceptDeliveryAsync(Source, signed.Body, MetaPayloadReader.Read, cancellationToken);
    }
}
