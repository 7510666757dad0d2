using System;

namespace SocialCrm.Integration.Replies;

/// <summary>How a network answered one attempt to post a reply.</summary>
public sealed record PostOutcome
{
    private PostOutcome(PostOutcomeKind kind, PostedReply? posted, string? reason, DateTimeOffset? retryAt)
    {
        Kind = kind;
        Posted = posted;
        Reason = reason;
        RetryAt = retryAt;
    }

    public PostOutcomeKind Kind { get; }

    public PostedReply? Posted { get; }

    /// <summary>The network's own words when it did not accept the reply.</summary>
    public string? Reason { get; }

    /// <summary>When the network said to come back (its rate-limit reset, or a backoff after an outage).</summary>
    public DateTimeOffset? RetryAt { get; }

    public static PostOutcome Accepted(PostedReply posted) => new(PostOutcomeKind.Accepted, posted, null, null);

    /// <summary>The network refused this reply for what it is: sending it again cannot help.</summary>
    public static PostOutcome Refused(string reason) => new(PostOutcomeKind.Refused, null, reason, null);

    /// <summary>Rate-limited or unavailable: the same reply may succeed at <paramref name="retryAt"/>.</summary>
    public static PostOutcome Later(string reason, DateTimeOffset retryAt) => new(PostOutcomeKind.Later, null, reason, retryAt);

    /// <summary>401/403: the account's token is not accepted; every reply of that account waits for an administrator.</summary>
    public static PostOutcome CredentialsRejected(string reason) => new(PostOutcomeKind.CredentialsRejected, null, reason, null);
}

public enum PostOutcomeKind
{
    Accepted,
    Refused,
    Later,
    CredentialsRejected,
}
