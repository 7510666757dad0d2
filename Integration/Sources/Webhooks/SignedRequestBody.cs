using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// Reads a webhook body no further than its sender can send and checks its HMAC (SHA-256 unless the caller names
/// another, as WebSub's X-Hub-Signature does) as it streams in. A request
/// without a well-formed signature is refused before a byte of its body is read; one that announces or sends more than
/// the endpoint's limit is refused at the limit (413); nothing is parsed before the digest matches. So what an
/// unauthenticated caller can make the worker hold is the limit, per request, not whatever Kestrel would accept
/// (30,000,000 bytes by default).
/// </summary>
internal static class SignedRequestBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <param name="signedPrefix">Bytes the sender signed ahead of the body (the generic endpoint's timestamp and dot).</param>
    /// <param name="algorithm">The HMAC's hash; SHA-256 when not given.</param>
    public static async Task<SignedBody> ReadAsync(HttpRequest request, string secret, byte[]? claimedDigest, long maxBytes,
        CancellationToken cancellationToken, string signedPrefix = "", HashAlgorithmName? algorithm = null)
    {
        if (claimedDigest == null)
        {
            return SignedBody.Refused(Results.Unauthorized());
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBytes;
        }

        using var hmac = IncrementalHash.CreateHMAC(algorithm ?? HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(signedPrefix));
        var body = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkBytes, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return TooLarge(maxBytes);
                }

                hmac.AppendData(chunk, 0, read);
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return CryptographicOperations.FixedTimeEquals(claimedDigest, hmac.GetHashAndReset())
            ? SignedBody.Verified(body.GetBuffer().AsMemory(0, (int)body.Length))
            : SignedBody.Refused(Results.Unauthorized());
    }

    private static SignedBody TooLarge(long maxBytes) => SignedBody.Refused(Results.Json(
        new { error = $"The body is larger than this endpoint accepts ({maxBytes.ToString(CultureInfo.InvariantCulture)} bytes)." },
        statusCode: StatusCodes.Status413PayloadTooLarge));
}
