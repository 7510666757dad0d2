using System;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// A network saying who one of the CRM's authors now is, without a post (a Bluesky identity event after a handle
/// change): their social profile takes it. What the profile already knows is kept where the change says nothing, by the
/// same merge mention intake does; the newest change wins.
/// </summary>
/// <param name="Platform">The network.</param>
/// <param name="ExternalUserId">The author's id on the network, as their profile stores it.</param>
/// <param name="Handle">Their handle now.</param>
/// <param name="ChangedAt">When the network made the change, by its clock: what orders two changes.</param>
public sealed record ProfileChange(SocialPlatform Platform, string ExternalUserId, string Handle, DateTimeOffset ChangedAt)
{
    /// <summary>The profile's alternate key (platform + external user id) as one text.</summary>
    public string Key => $"{(int)Platform}:{ExternalUserId}";
}
