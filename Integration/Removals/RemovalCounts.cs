namespace SocialCrm.Integration.Removals;

/// <param name="Pending">Removals whose mention is not marked yet (its post may still be on its way).</param>
/// <param name="Applied">Mentions marked deleted, hidden or unpublished.</param>
/// <param name="Tombstones">Removals of posts never stored: they keep those posts out if they come.</param>
public sealed record RemovalCounts(int Pending, int Applied, int Tombstones);
