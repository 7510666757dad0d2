using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SocialCrm.Integration.Sources.Access;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// Whose activity an X delivery is (for_user_id), whether it says that account revoked our app's access (a user_event
/// with "revoke", whose source.user_id is the account and date_time when), and when its newest event happened. X sends
/// no event when an account grants access again: its subscription is added again with the new grant and its activity
/// flows again, so an event that happened after the revoke is the sign of a re-grant; one from before is a delivery
/// still on its way when the account revoked.
/// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects (user_event,
/// timestamp_ms, created_timestamp), https://docs.x.com/x-api/account-activity/introduction (subscriptions)
/// </summary>
public sealed record XAccountAccess(string? ForUserId, AccessRevocation? Revocation, DateTimeOffset? NewestEventOn = null)
{
    /// <summary>Reads a verified body; a body that is not JSON says nothing here (the intake refuses it).</summary>
    public static XAccountAccess Read(ReadOnlyMemory<byte> body, string source)
    {
        try
        {
            using var delivery = JsonDocument.Parse(body);
            if (delivery.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new XAccountAccess(null, null);
            }

            var root = delivery.RootElement;
            var revoke = root.Child("user_event").Child("revoke");
            var account = revoke.Child("source").Text("user_id");
            var revocation = account == null ? null
                : new AccessRevocation(source, account, DateTimeOffset.TryParse(revoke.Text("date_time"), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var on) ? on : DateTimeOffset.UtcNow);
            return new XAccountAccess(root.Text("for_user_id"), revocation, NewestEvent(root));
        }
        catch (Exception e) when (e is JsonException or UnreadableTextException)
        {
            return new XAccountAccess(null, null);
        }
    }

    /// <summary>Whether this delivery shows the account's activity flowing again after it revoked access on <paramref name="revokedOn"/>.</summary>
    public bool GrantsAgainAfter(DateTimeOffset revokedOn) => NewestEventOn > revokedOn;

    private static DateTimeOffset? NewestEvent(JsonElement root) =>
        root.EnumerateObject()
            .Where(kind => kind.Name.EndsWith("_events", StringComparison.Ordinal) && kind.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(kind => kind.Value.EnumerateArray())
            .Select(EventOn)
            .Max();

    /// <summary>An event's time: timestamp_ms (posts, favorites, deletes) or created_timestamp (messages, follows), in
    /// Unix milliseconds, else a post's created_at.</summary>
    private static DateTimeOffset? EventOn(JsonElement item) =>
        long.TryParse(item.Text("timestamp_ms") ?? item.Text("created_timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : XPayloadReader.CreatedAtTime(item.Text("created_at"));
}
