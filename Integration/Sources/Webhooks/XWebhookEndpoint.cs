using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Sources.Access;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// /webhooks/x. GET is the challenge-response check: for a token shaped like X's (<see cref="XCrcToken"/>) it answers
/// {"response_token":"sha256=…"}, the base64 HMAC-SHA256 of crc_token keyed with the consumer secret; any other token
/// gets 400 and no signature. POST is an Account Activity delivery, signed in X-Twitter-Webhooks-Signature the same
/// way over the raw body; a missing or wrong signature gets 401, a body over the limit 413. An account that revoked the
/// app's access is stopped: its deliveries are acknowledged and ignored until one carries activity from after the revoke,
/// which only a new grant brings (<see cref="XAccountAccess"/>).
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

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<XWebhookOptions> options, WebhookIntake intake,
        SqliteAccessRevocations revocations, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var signed = await SignedRequestBody.ReadAsync(request, settings.ConsumerSecret!,
            HmacSignature.DecodeBase64(request.Headers[SignatureHeader]), settings.MaxBodyBytes, cancellationToken);
        if (signed.Refusal != null)
        {
            return signed.Refusal;
        }

        // A revoke stops the account's source: what X still sends for it is answered and ignored, and `status` says so.
        var access = XAccountAccess.Read(signed.Body, Source);
        if (access.Revocation is { } revocation)
        {
            await revocations.RevokeAsync(revocation, cancellationToken);
            loggers.CreateLogger(typeof(XWebhookEndpoint)).LogWarning(
                "X account {Account} revoked this app's access on {RevokedOn:u}: its deliveries are ignored from now on.", revocation.Account, revocation.RevokedOn);
            return Results.Ok();
        }

        if (access.ForUserId is { } account && await revocations.RevokedOnAsync(Source, account, cancellationToken) is { } revokedOn)
        {
            if (!access.GrantsAgainAfter(revokedOn))
            {
                return Results.Ok();
            }

            await revocations.RestoreAsync(Source, account, cancellationToken);
            loggers.CreateLogger(typeof(XWebhookEndpoint)).LogInformation(
                "X account {Account} granted this app access again (activity of {EventOn:u}, after the revoke of {RevokedOn:u}): its deliveries are read again.",
                account, access.NewestEventOn, revokedOn);
        }

        return await intake.AcceptDeliveryAsync(Source, signed.Body, XPayloadReader.Read, cancellationToken);
    }
}
