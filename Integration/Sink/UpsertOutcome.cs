namespace SocialCrm.Integration.Sink;

/// <summary>What one UpsertMultiple request came to, with the server's message when it did not land, and whether
/// sign-in or Dataverse rejected the worker's credentials (401/403: waiting will not help until a person fixes them).</summary>
public sealed record UpsertOutcome(UpsertResult Result, string? Message = null, bool CredentialsRejected = false)
{
    public static readonly UpsertOutcome Landed = new(UpsertResult.Landed);
}
