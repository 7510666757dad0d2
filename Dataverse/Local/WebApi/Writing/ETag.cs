namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// Dataverse's weak ETags, W/"&lt;row version&gt;", and the If-Match / If-None-Match values a write compares them with.
/// "null" is what Dataverse's docs tell clients to send in If-None-Match on every request: it means no condition.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
/// </summary>
internal static class ETag
{
    public static bool IsAny(string? header) => header?.Trim() == "*";

    public static bool IsNone(string? header) => string.IsNullOrWhiteSpace(header) || header.Trim() == "null";

    /// <summary>The row version a W/"n" (or "n") header names.</summary>
    public static string Version(string header)
    {
        var value = header.Trim();
        if (value.StartsWith("W/", System.StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}
