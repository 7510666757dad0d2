namespace SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

/// <summary>Why a request is refused with 429, and how long the caller should wait.</summary>
/// <param name="Code">The documented hex code of the limit that was hit.</param>
/// <param name="Message">The documented message, with the limit.</param>
/// <param name="RetryAfterSeconds">The Retry-After header's value.</param>
internal sealed record Rejection(string Code, string Message, int RetryAfterSeconds);
