using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Demo;

/// <summary>
/// A customer to look at in the social pulse: a contact with profiles on three networks and a fortnight of mentions
/// (praise, a question answered, a broken order that asks for a refund and so becomes a case, a follow-up still waiting).
/// Everything goes in through the Web API as the worker and an agent would write it, so the plug-ins score, thread,
/// roll up and escalate it.
/// </summary>
public static partial class PulseDemoData
{
    public const string ContactName = "Maya Lindqvist";

    // Choice values of Solution/src/OptionSets/scrm_platform.xml and scrm_direction.xml.
    private const int X = 746500000, Facebook = 746500001, Instagram = 746500002;
    private const int Inbound = 746500000, Outbound = 746500001;

    private static readonly DemoProfile[] Profiles =
    {
        new(X, "1470001", "mayalind", 48200, 72, true),
        new(Facebook, "100084512", "maya.lindqvist", 830, 18, false),
        new(Instagram, "17841400", "maya.makes", 12400, 55, false),
    };

    // Thread, post id, platform, inbound or outbound, hours before now, text.
    private static readonly DemoMention[] Mentions =
    {
        new("x-2001", "x-2001", X, Inbound, 216, "Loving the new Lumen app update, the dark mode is gorgeous!"),
        new("ig-4001", "ig-4001", Instagram, Inbound, 130, "New lamp in the studio, the light is perfect for evening sketching"),
        new("fb-3001", "fb-3001", Facebook, Inbound, 144, "Does the Lumen desk lamp work with 110V sockets?"),
        new("fb-3001", "fb-3001-r1", Facebook, Outbound, 142, "Hi Maya, yes: it ships with a universal adapter for 100-240V."),
        new("ig-4001", "ig-4001-c1", Instagram, Inbound, 97, "Is there a warmer colour setting planned? It is a bit cold at night"),
        new("x-2002", "x-2002", X, Inbound, 75, "My order #4471 arrived broken and nobody answers my emails. I want a refund."),
        new("x-2002", "x-2002-r1", X, Outbound, 73, "Sorry to hear that, Maya. We have opened a case; please DM us your order number."),
        new("fb-3002", "fb-3002", Facebook, Inbound, 50, "Thanks for the quick answer about the adapter, great service"),
        new("x-2002", "x-2002-f1", X, Inbound, 27, "Still waiting for the replacement, three days now. Terrible experience."),
    };

    /// <summary>Writes the demo customer through the Web API at <paramref name="webApi"/>'s base address; <paramref name="now"/> anchors the timeline.</summary>
    public static async Task<PulseDemoRecords> SeedAsync(HttpClient webApi, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var contactId = await CreateAsync(webApi, "contacts", new Dictionary<string, object>
        {
            ["firstname"] = "Maya",
            ["lastname"] = "Lindqvist",
            ["emailaddress1"] = "maya.lindqvist@example.com",
        }, cancellationToken);

        foreach (var profile in Profiles)
        {
            await CreateAsync(webApi, "scrm_socialprofiles", new Dictionary<string, object>
            {
                ["scrm_platform"] = profile.Platform,
                ["scrm_externaluserid"] = profile.ExternalUserId,
                ["scrm_handle"] = profile.Handle,
                ["scrm_displayname"] = ContactName,
                ["scrm_followers"] = profile.Followers,
                ["scrm_influencescore"] = profile.Influence,
                ["scrm_verified"] = profile.Verified,
                ["scrm_ContactId@odata.bind"] = $"/contacts({contactId})",
            }, cancellationToken);
        }

        foreach (var mention in Mentions)
        {
            var author = mention.Direction == Inbound
                ? Profiles.First(p => p.Platform == mention.Platform)
                : new DemoProfile(mention.Platform, "lumen-support-" + mention.Platform.ToString(CultureInfo.InvariantCulture), "lumensupport", 0, 0, true);
            var row = new Dictionary<string, object>
            {
                ["scrm_platform"] = mention.Platform,
                ["scrm_externalpostid"] = mention.PostId,
                ["scrm_threadid"] = mention.Thread,
                ["description"] = mention.Text,
                ["scrm_direction"] = mention.Direction,
                ["scrm_authorexternalid"] = author.ExternalUserId,
                ["scrm_authorhandle"] = author.Handle,
                ["scrm_authordisplayname"] = mention.Direction == Inbound ? ContactName : "Lumen Support",
                // Dataverse keeps whole seconds.
                ["scrm_postedon"] = now.AddHours(-mention.HoursAgo).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            };
            if (mention.PostId != mention.Thread)
            {
                row["scrm_inreplytoid"] = mention.Thread;
            }

            if (mention.Direction == Outbound)
            {
                // An agent's reply is posted in its conversation.
                row["RegardingObjectId@odata.bind"] = $"/scrm_conversations({await ConversationOfAsync(webApi, mention.Thread, cancellationToken)})";
            }

            await CreateAsync(webApi, "scrm_mentions", row, cancellationToken);
        }

        return new PulseDemoRecords(contactId, await ConversationOfAsync(webApi, "x-2002", cancellationToken));
    }

    private static async Task<Guid> ConversationOfAsync(HttpClient webApi, string thread, CancellationToken cancellationToken)
    {
        var found = await webApi.GetFromJsonAsync<ODataCollection>(
            $"scrm_conversations?$select=scrm_conversationid&$filter=scrm_externalthreadid eq '{thread}'", cancellationToken);
        return Guid.Parse(found!.Value.Single()["scrm_conversationid"].ToString()!);
    }

    private static async Task<Guid> CreateAsync(HttpClient webApi, string entitySet, Dictionary<string, object> row, CancellationToken cancellationToken)
    {
        using var response = await webApi.PostAsJsonAsync(entitySet, row, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Creating a demo row in {entitySet} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        // 204 No Content names the new row in OData-EntityId: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(EntityIdPattern().Match(entityId).Groups[1].Value);
    }

    [GeneratedRegex(@"\(([0-9a-fA-F-]{36})\)$")]
    private static partial Regex EntityIdPattern();

    private sealed record DemoProfile(int Platform, string ExternalUserId, string Handle, int Followers, int Influence, bool Verified);

    private sealed record DemoMention(string Thread, string PostId, int Platform, int Direction, int HoursAgo, string Text);

    private sealed class ODataCollection
    {
        [System.Text.Json.Serialization.JsonPropertyName("value")]
        public List<Dictionary<string, object>> Value { get; set; } = new();
    }
}

/// <summary>The demo's records to open: the contact, and the conversation that was escalated to a case.</summary>
public sealed record PulseDemoRecords(Guid ContactId, Guid EscalatedConversationId);
