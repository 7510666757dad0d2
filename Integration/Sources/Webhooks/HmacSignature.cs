using System;
using System.Security.Cryptography;
using System.Text;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// HMAC-SHA256 signatures as the networks send them, "sha256=" then the digest in hex (Meta, generic) or base64 (X).
/// A header is decoded before any of the body is read, so a request without a well-formed signature costs nothing;
/// the digest is compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the time a refusal takes says
/// nothing about how much of a forged signature was right.
/// </summary>
public static class HmacSignature
{
    public const string Prefix = "sha256=";

    public static byte[] Compute(string secret, ReadOnlySpan<byte> message) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);

    public static string Base64(string secret, string message) => Prefix + Convert.ToBase64String(Compute(secret, Encoding.UTF8.GetBytes(message)));

    /// <summary>The digest a "sha256=&lt;hex&gt;" header claims, or null when the header is missing or not of that form.</summary>
    public static byte[]? DecodeHex(string? header) => Decode(header, Convert.FromHexString);

    /// <summary>The digest a "sha256=&lt;base64&gt;" header claims, or null when the header is missing or not of that form.</summary>
    public static byte[]? DecodeBase64(string? header) => Decode(header, Convert.FromBase64String);

    private static byte[]? Decode(string? header, Func<string, byte[]> decode)
    {
        if (header == null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var digest = decode(header[Prefix.Length..].Trim());
            return digest.Length == HMACSHA256.HashSizeInBytes ? digest : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
