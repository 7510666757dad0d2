namespace SocialCrm.Integration.Sink;

/// <summary>What one UpsertMultiple request came to, with the server's message when it did not land.</summary>
public sealed record UpsertOutcome(UpsertResult Result, string? Message = null)
{
    public static readonly UpsertOutcome Landed = new(UpsertResult.Landed);
}
