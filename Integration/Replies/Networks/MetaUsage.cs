using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// Meta's usage headers (https://developers.facebook.com/docs/graph-api/overview/rate-limiting/). Page access tokens
/// are under Business Use Case limits: X-Business-Use-Case-Usage is {"business-id": [{"type", "call_count",
/// "total_cputime", "total_time", "estimated_time_to_regain_access"}]}, the last in minutes. App and user tokens are
/// under Platform limits: X-App-Usage is {"call_count", "total_cputime", "total_time"} in percent of a rolling hour.
/// </summary>
internal static class MetaUsage
{
    public const string BusinessUseCaseHeader = "X-Business-Use-Case-Usage";
    public const string AppHeader = "X-App-Usage";

    /// <summary>A platform limit is a rolling hour and Meta names no time: wait a fair share of it before trying again.</summary>
    public static readonly TimeSpan PlatformLimitBackoff = TimeSpan.FromMinutes(10);

    /// <summary>When Meta will serve this account again: the longest wait a business use case names, else a share of the hour.</summary>
    public static DateTimeOffset RetryAt(HttpResponseMessage response, DateTimeOffset now)
    {
        var minutes = BusinessUseCases(response).Select(useCase => useCase["estimated_time_to_regain_access"]).Select(Number).Max();
        if (minutes is > 0)
        {
            return now.AddMinutes(minutes.Value);
        }

        return AppUsagePercent(response) >= 100 ? now + PlatformLimitBackoff : now + NetworkResponse.OutageBackoff;
    }

    /// <summary>The usage figures Meta reported, for the reason an agent reads ("pages call_count 100%").</summary>
    public static string? Describe(HttpResponseMessage response)
    {
        var parts = BusinessUseCases(response)
            .Select(useCase => $"{(useCase["type"] as JsonValue)?.ToString() ?? "business use case"} call_count {Number(useCase["call_count"]) ?? 0}%, " +
                $"regain access in {Number(useCase["estimated_time_to_regain_access"]) ?? 0} min")
            .ToList();
        if (AppUsagePercent(response) is { } app)
        {
            parts.Add($"app usage {app}%");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static IEnumerable<JsonNode> BusinessUseCases(HttpResponseMessage response) =>
        Header(response, BusinessUseCaseHeader) is JsonObject businesses
            ? businesses.SelectMany(business => business.Value as JsonArray ?? new JsonArray()).OfType<JsonNode>().ToList()
            : Enumerable.Empty<JsonNode>();

    // The highest of call_count, total_cputime and total_time: any of them at 100 throttles.
    private static int? AppUsagePercent(HttpResponseMessage response) =>
        Header(response, AppHeader) is JsonObject usage
            ? new[] { "call_count", "total_cputime", "total_time" }.Select(name => Number(usage[name])).Max()
            : null;

    private static JsonNode? Header(HttpResponseMessage response, string name)
    {
        if (!response.Headers.TryGetValues(name, out var values))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(values.First());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) ? number
        : node is JsonValue text && text.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;
}
