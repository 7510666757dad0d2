using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>Reading and checking JSON bodies.</summary>
internal static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != expectedStatus)
        {
            throw new InvalidOperationException($"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The "value" array of a collection body, as a list.</summary>
    public static IReadOnlyList<JsonElement> Values(JsonElement body) => body.GetProperty("value").EnumerateArray().ToList();

    /// <summary>The error object of an error body, after checking the status.</summary>
    public static async Task<(string Code, string Message)> ErrorAsync(HttpResponseMessage response, int expectedStatus)
    {
        var error = (await ReadAsync(response, expectedStatus)).GetProperty("error");
        return (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}
