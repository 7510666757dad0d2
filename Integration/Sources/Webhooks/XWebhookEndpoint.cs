using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// /webhooks/x. GET is the challenge-response check: for a token shaped like X's (<see cref="XCrcToken"/>) it answers
/// {"response_token":"sha256=…"}, the base64 HMAC-SHA256 of crc_token keyed with the consumer secret; any other token
/// gets 400 and no signature. POST is an Account Activity delivery, signed in X-Twitter-Webhooks-Signature the same
/// way over the raw body; a missing or wrong signature gets 401, a body over the limit 413.
/// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/securing-webhooks
/// https://docs.x.com/x-api/webhooks/quickstart
/// </summary>
public static class XWebhookEndpoint
{
    public const string Path = "/webhooks/x";
    public const string Source = "webhook:x";
    public const string SignatureHeader = "X-Twitter-Webhooks-Signature";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Challenge);
        endpoints.MapPost(Path, ReceiveAsync);
    }

    private static IResult Challenge(HttpRequest request, IOptions<XWebhookOptions> options)
    {
        var token = (string?)request.Query["crc_token"];
        return XCrcToken.IsShapedLikeX(token)
            ? Results.Json(new { response_token = HmacSignature.Base64(options.Value.ConsumerSecret!, token!) })
            : Results.BadRequest(new
            {
                error = $"crc_token is required, at most {XCrcToken.MaxLength} letters, digits and '-', '_', '=', '+' or '/'.",
            });
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<XWebhookOptions> options, WebhookIntake intake, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var signed = await SignedRequestBody.ReadAsync(request, settings.ConsumerSecret!,
            HmacSignature.DecodeBase64(request.Headers[SignatureHeader]), settings.MaxBodyBytes, cancellationToken);
        return signed.Refusal ?? await intake.AcceptDeliveryAsync(Source, signed.Body, XPayloadReader.Read, cancellationToken);
    }
}
