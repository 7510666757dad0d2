using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Sources.Streams.Bluesky;
using SocialCrm.Mentions;
using SocialCrm.Tests.Networks;

namespace SocialCrm.Integration.Tests.Sources.Streams;

/// <summary>
/// Issue #13: the README's account event (https://github.com/bluesky-social/jetstream#example-events) with each state
/// com.atproto.sync.subscribeRepos#account gives (active, or not active with status takendown, suspended, deleted or
/// deactivated, https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/sync/subscribeRepos.json) is
/// the profile's account status.
/// </summary>
[TestClass]
public sealed class JetstreamAccountEventTests
{
    [TestMethod]
    [DataRow(true, null, AccountStatus.Active, DisplayName = "active")]
    [DataRow(false, "deactivated", AccountStatus.Deactivated, DisplayName = "deactivated by its owner")]
    [DataRow(false, "suspended", AccountStatus.Suspended, DisplayName = "suspended")]
    [DataRow(false, "takendown", AccountStatus.TakenDown, DisplayName = "taken down")]
    [DataRow(false, "deleted", AccountStatus.Deleted, DisplayName = "deleted")]
    [DataRow(false, "throttled", AccountStatus.NotActive, DisplayName = "not active for a host's own reason")]
    [DataRow(false, null, AccountStatus.NotActive, DisplayName = "not active, no reason given")]
    public void The_account_event_says_the_accounts_status(bool active, string? status, AccountStatus expected)
    {
        var streamEvent = JetstreamServer.DocumentedEvent("account");
        streamEvent["account"]!["active"] = active;
        if (status != null)
        {
            streamEvent["account"]!["status"] = status;
        }

        using var json = JsonDocument.Parse(streamEvent.ToJsonString());
        var (_, said, at) = JetstreamEvents.Account(json.RootElement)!.Value;

        Assert.AreEqual(expected, said);
        Assert.AreEqual("2024-09-05T06:11:04.8700000+00:00", at.ToString("o"), "dated by the event's own time");
    }
}
