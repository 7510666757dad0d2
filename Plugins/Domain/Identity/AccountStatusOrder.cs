using System;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>
/// Which account status a profile shows: the one the network said last, whoever reports it (a worker, a second worker,
/// a workflow step, a direct call) and in whatever order the reports arrive, so Dataverse, not one worker's memory,
/// is the judge. Its own time, apart from the identity's: a late handle change never holds back a newer account status,
/// nor an account event a newer handle. Dataverse keeps times to the second, so reports are compared to the second;
/// of two in the same second, the one that arrives last wins.
/// </summary>
public static class AccountStatusOrder
{
    /// <param name="saidOn">When the network said the reported status (UTC).</param>
    /// <param name="shownAsOf">When the network said the status the profile shows; null when it shows none.</param>
    public static bool Replaces(DateTime saidOn, DateTime? shownAsOf) => !shownAsOf.HasValue || AsStored(saidOn) >= shownAsOf.Value;

    /// <summary>The time as Dataverse stores it: to the second.</summary>
    public static DateTime AsStored(DateTime saidOn) => new(saidOn.Ticks - saidOn.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
