using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>What every network's answer has in common: which outcome a status code means, and when to come back.</summary>
internal static class NetworkResponse
{
    /// <summary>How long to wait after an outage when the network names no time.</summary>
    public static readonly TimeSpan OutageBackoff = TimeSpan.FromMinutes(1);

    public static bool IsCredentialsProblem(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    public static bool IsTemporary(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// When to try again: the network's rate-limit reset header (Unix seconds or an ISO 8601 time, whichever the
    /// network uses), else Retry-After, else <see cref="OutageBackoff"/>.
    /// </summary>
    public static DateTimeOffset RetryAt(HttpResponseMessage response, string resetHeader, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues(resetHeader, out var values))
        {
            foreach (var value in values)
            {
                if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unixSeconds))
                {
                    return DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
                }

                if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    return at;
                }
            }
        }

        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return now + delta;
        }

        return retryAfter?.Date ?? now + OutageBackoff;
    }

    public static string Describe(HttpResponseMessage response, string? networkMessage) =>
        $"{(int)response.StatusCode} {response.StatusCode}{(string.IsNullOrWhiteSpace(networkMessage) ? string.Empty : ": " + networkMessage)}";

    /// <summary>The body as JSON, or null when it is empty or not JSON (a proxy's HTML error page).</summary>
    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
