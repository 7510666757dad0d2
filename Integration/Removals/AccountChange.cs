using System;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// A network saying what became of one of the CRM's authors' accounts (a Bluesky account event: deactivated, taken
/// down… or active again): their social profile shows it. The newest change wins, by the network's time.
/// </summary>
/// <param name="Platform">The network.</param>
/// <param name="ExternalUserId">The author's id on the network, as their profile stores it.</param>
/// <param name="Status">The state of their account now.</param>
/// <param name="ChangedAt">When the network said it, by its clock: what orders two changes.</param>
public sealed record AccountChange(SocialPlatform Platform, string ExternalUserId, AccountStatus Status, DateTimeOffset ChangedAt)
{
    /// <summary>The profile's alternate key (platform + external user id) as one text.</summary>
    public string Key => $"{(int)Platform}:{ExternalUserId}";
}
