namespace SocialCrm.Integration.Removals;

/// <summary>What became of one removal sent to Dataverse.</summary>
/// <param name="IsApplied">The mention is marked.</param>
/// <param name="Reason">Why not: the post is not stored (yet), or Dataverse could not be reached or refused.</param>
public sealed record RemovalOutcome(bool IsApplied, string? Reason)
{
    public static RemovalOutcome Applied { get; } = new(true, null);

    public static RemovalOutcome NotStored(string reason) => new(false, reason);

    public static RemovalOutcome Failed(string reason) => new(false, reason);
}
