using System;
using System.Security.Cryptography;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// X-Hub-Signature as a hub sends it: "method=signature", the hex HMAC of the raw body keyed with the subscription's
/// hub.secret, where method is sha1 (PubSubHubbub 0.4, Google's hub), sha256, sha384 or sha512 (W3C WebSub 7,
/// "Authenticated Content Distribution"). Decoded before any of the body is read.
/// https://www.w3.org/TR/websub/#signing-content, https://pubsubhubbub.github.io/PubSubHubbub/pubsubhubbub-core-0.4.html#authednotify
/// </summary>
public static class WebSubSignature
{
    public const string Header = "X-Hub-Signature";

    /// <summary>The hash and digest a header claims, or null when it is missing, names another method or is not hex of
    /// that method's length.</summary>
    public static (HashAlgorithmName Algorithm, byte[] Digest)? Decode(string? header)
    {
        var separator = header?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (separator <= 0)
        {
            return null;
        }

        (HashAlgorithmName Algorithm, int Bytes)? method = header![..separator].Trim().ToLowerInvariant() switch
        {
            "sha1" => (HashAlgorithmName.SHA1, SHA1.HashSizeInBytes),
            "sha256" => (HashAlgorithmName.SHA256, SHA256.HashSizeInBytes),
            "sha384" => (HashAlgorithmName.SHA384, SHA384.HashSizeInBytes),
            "sha512" => (HashAlgorithmName.SHA512, SHA512.HashSizeInBytes),
            _ => null,
        };
        if (method is not { } known)
        {
            return null;
        }

        try
        {
            var digest = Convert.FromHexString(header[(separator + 1)..].Trim());
            return digest.Length == known.Bytes ? (known.Algorithm, digest) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
