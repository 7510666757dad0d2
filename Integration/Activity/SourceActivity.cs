using System;

namespace SocialCrm.Integration.Activity;

/// <summary>
/// What one source (or the Dataverse sink) has done, for `status`: mentions received and refused at the edge since the
/// queue's folder was created, when the last came, and the error it is failing with, if any, since when, and whether
/// the network or Dataverse rejected the credentials (retrying will not help until a person fixes them).
/// </summary>
public sealed record SourceActivity(string Source, long Received, long Rejected, DateTimeOffset? LastReceivedOn, string? LastError,
    DateTimeOffset? FailingSince, bool CredentialsRejected);
