using System;
using System.Globalization;
using System.Text.Json;
using SocialCrm.Integration.Sources.Access;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// Whose activity an X delivery is (for_user_id), and whether it says that account revoked our app's access: a
/// user_event with "revoke", whose source.user_id is the account and date_time when.
/// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects (user_event)
/// </summary>
public sealed record XAccountAccess(string? ForUserId, AccessRevocation? Revocation)
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
            return new XAccountAccess(root.Text("for_user_id"), revocation);
        }
        catch (Exception e) when (e is JsonException or UnreadableTextException)
        {
            return new XAccountAccess(null, null);
        }
    }
}
