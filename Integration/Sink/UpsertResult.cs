namespace SocialCrm.Integration.Sink;

public enum UpsertResult
{
    /// <summary>Every record landed.</summary>
    Landed,

    /// <summary>The server refused the request for what is in it (400 and similar); sending it again will not help.</summary>
    Refused,

    /// <summary>The server could not take it now (throttled past the retries, unavailable, timed out); try later.</summary>
    Unavailable,
}
