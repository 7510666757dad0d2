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

    /// <summary>
    /// What a response that is not the new post means: 401/403 the account's credentials, 429 and 5xx a wait until
    /// the network's reset (so does a success without the post, which proves nothing), any other 4xx this reply refused.
    /// </summary>
    public static PostOutcome Failure(string network, HttpResponseMessage response, string? networkMessage, string resetHeader, DateTimeOffset now)
    {
        var message = Describe(network, response, networkMessage);
        var status = response.StatusCode;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return PostOutcome.CredentialsRejected(message);
        }

        return status == HttpStatusCode.TooManyRequests || (int)status >= 500 || response.IsSuccessStatusCode
            ? PostOutcome.Later(message, RetryAt(response, resetHeader, now))
            : PostOutcome.Refused(message);
    }

    /// <summary>"Network 429 TooManyRequests: the network's words", as the agent reads it on the reply.</summary>
    public static string Describe(string network, HttpResponseMessage response, string? networkMessage) =>
        $"{network} {(int)response.StatusCode} {response.StatusCode}{(string.IsNullOrWhiteSpace(networkMessage) ? string.Empty : ": " + networkMessage)}";

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
