using System.Security.Cryptography;
using System.Text;

namespace SocialCrm.Integration.Replies.Webhook;

/// <summary>
/// Compares the `code` a caller sent with the configured key in constant time: both are hashed first, so neither the
/// time taken nor a length mismatch tells a guesser how much of the key was right.
/// </summary>
internal static class WebhookKey
{
    public static bool Matches(string? sent, string expected) =>
        sent != null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
