using System;
using System.Globalization;
using System.Net.Http;
using System.Text.Json.Nodes;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// A Graph API error body: {"error": {"message", "type", "code", "error_subcode", "is_transient", "error_user_msg",
/// "fbtrace_id"}} (https://developers.facebook.com/docs/graph-api/guides/error-handling). Meta answers most errors with
/// HTTP 400 whatever their cause, so what an error means is read from its code, not from the status.
/// </summary>
internal sealed record MetaGraphError(int? Code, int? Subcode, string? Message, string? UserMessage, bool IsTransient, string? FbtraceId)
{
    public static MetaGraphError? Read(JsonNode? body)
    {
        if (body?["error"] is not JsonObject error)
        {
            return null;
        }

        return new MetaGraphError(
            Number(error["code"]),
            Number(error["error_subcode"]),
            Text(error["message"]),
            Text(error["error_user_msg"]),
            error["is_transient"]?.GetValueKind() == System.Text.Json.JsonValueKind.True,
            Text(error["fbtrace_id"]));
    }

    /// <summary>190 access token expired or invalid, 102 API session: a new token is needed, nothing else helps.</summary>
    public bool RejectsCredentials => Code is 190 or 102;

    /// <summary>
    /// Throttling: 4 (app), 17 (user), 32 (Page), 613 (custom limit) and 80000-80014 (business use case), from the
    /// rate-limiting guide (https://developers.facebook.com/docs/graph-api/overview/rate-limiting/); 341 application limit
    /// reached and 368 temporarily blocked are "wait and retry" in the error-handling guide.
    /// </summary>
    public bool IsThrottling => Code is 4 or 17 or 32 or 613 or 341 or 368 or (>= 80000 and <= 80014);

    /// <summary>1 API unknown and 2 API service are outages to wait out; so is any error Meta marks is_transient.</summary>
    public bool IsOutage => IsTransient || Code is 1 or 2;

    /// <summary>Meta's words with what support needs to find the call: code, subcode and fbtrace_id.</summary>
    public string Describe()
    {
        var code = Code is { } c ? c.ToString(CultureInfo.InvariantCulture) : "?";
        var subcode = Subcode is { } s ? "/" + s.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var words = UserMessage is { Length: > 0 } user && user != Message ? $"{Message} ({user})" : Message;
        return $"{words} [code {code}{subcode}{(FbtraceId is { Length: > 0 } trace ? ", fbtrace_id " + trace : string.Empty)}]";
    }

    private static int? Number(JsonNode? node) =>
        node?.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.Number => node.GetValue<int>(),
            System.Text.Json.JsonValueKind.String when int.TryParse(node.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };

    private static string? Text(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;
}
