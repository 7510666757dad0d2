using System.Linq;
using System.Text.Json;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// A person of a direct message event, found wherever the delivery puts them: Account Activity payloads hydrate the
/// sender in a "users" object keyed by user id beside the events, some carry such a map on the event itself, and v2
/// expansions list them in "includes.users" (username and public_metrics instead of screen_name and followers_count).
/// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects
/// https://docs.x.com/x-api/fundamentals/expansions
/// </summary>
internal sealed record XUser(string? Handle, string? Name, string? Followers, string? Verified)
{
    public static XUser Find(JsonElement delivery, JsonElement message, string? id)
    {
        if (id == null)
        {
            return new XUser(null, null, null, null);
        }

        var user = new[] { message.Child("users").Child(id), delivery.Child("users").Child(id) }
            .Concat(new[] { message, delivery }.SelectMany(scope => scope.Child("includes").Items("users")).Where(u => u.Text("id") == id))
            .FirstOrDefault(u => u.ValueKind == JsonValueKind.Object);
        var metrics = user.Child("public_metrics");
        return new XUser(
            user.Text("screen_name") ?? user.Text("username"),
            user.Text("name"),
            user.Text("followers_count") ?? metrics.Text("followers_count"),
            user.Text("verified"));
    }
}
