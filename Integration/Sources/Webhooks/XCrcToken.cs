using System.Linq;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// Which crc_token values the X endpoint answers. The answer is the HMAC of the token under the consumer secret, which
/// is also how X signs a delivery's body (https://docs.x.com/x-api/webhooks/quickstart, "How the CRC works" and
/// "Securing webhooks"), so answering any text would sign any body an attacker chooses. X's tokens are short opaque
/// strings of letters, digits and base64 punctuation; only those are answered. None of them can be a JSON object,
/// array or string, so no answer is ever the signature of a delivery that carries a mention.
/// </summary>
public static class XCrcToken
{
    public const int MaxLength = 256;

    public static bool IsShapedLikeX(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= MaxLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' or '+' or '/');
}
