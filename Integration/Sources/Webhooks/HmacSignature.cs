using System;
using System.Security.Cryptography;
using System.Text;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// HMAC-SHA256 signatures as the networks send them, "sha256=" then the digest in hex (Meta, generic) or base64 (X).
/// The header's digest is decoded and compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the time
/// a refusal takes says nothing about how much of a forged signature was right.
/// </summary>
public static class HmacSignature
{
    public const string Prefix = "sha256=";

    public static byte[] Compute(string secret, ReadOnlySpan<byte> message) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);

    public static string Base64(string secret, string message) => Prefix + Convert.ToBase64String(Compute(secret, Encoding.UTF8.GetBytes(message)));

    public static bool MatchesHex(string secret, ReadOnlySpan<byte> message, string? header) =>
        Decode(header, Convert.FromHexString) is { } claimed && CryptographicOperations.FixedTimeEquals(claimed, Compute(secret, message));

    public static bool MatchesBase64(string secret, ReadOnlySpan<byte> message, string? header) =>
        Decode(header, Convert.FromBase64String) is { } claimed && CryptographicOperations.FixedTimeEquals(claimed, Compute(secret, message));

    private static byte[]? Decode(string? header, Func<string, byte[]> decode)
    {
        if (header == null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return decode(header[Prefix.Length..].Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
