using System.Net;
using System.Text.Json;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// How the worker reads a Web API error: which statuses say the request's values are wrong, and the words a person needs
/// from the error body. https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
/// </summary>
public static class DataverseError
{
    /// <summary>
    /// A 4xx other than authentication, throttling and timeouts says the request itself is wrong, and with one table
    /// and one message per request, what is wrong is a record's values. 401/403 (the application user lacks a role)
    /// and 404 (the solution is not imported yet) are about the environment, so the work waits for it to be fixed.
    /// </summary>
    public static bool IsAboutTheContent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 and not (401 or 403 or 404 or 408 or 429);

    /// <summary>Dataverse's error body is {"error":{"code":"0x…","message":"…"}}; the message is what a person needs.</summary>
    public static string Describe(string body, HttpStatusCode status)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message))
            {
                var code = error.TryGetProperty("code", out var c) ? $" ({c.GetString()})" : "";
                return $"{(int)status} {status}{code}: {message.GetString()}";
            }
        }
        catch (JsonException)
        {
        }

        return $"{(int)status} {status}: {(body.Length > 2000 ? body[..2000] : body)}";
    }
}
