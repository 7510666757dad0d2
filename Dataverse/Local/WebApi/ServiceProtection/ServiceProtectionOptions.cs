namespace SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

/// <summary>
/// Service protection limits, off by default (fault tests switch them on). The defaults are Dataverse's per-server
/// limits: 6,000 requests per user in a sliding window of 300 seconds, and 52 concurrent requests per user.
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limits
/// </summary>
public sealed class ServiceProtectionOptions
{
    public bool Enabled { get; set; }

    public int MaxRequestsPerWindow { get; set; } = 6000;

    public int WindowSeconds { get; set; } = 300;

    public int MaxConcurrentRequests { get; set; } = 52;

    /// <summary>The wait a 429 for too many concurrent requests asks for: one in flight usually ends well within it.</summary>
    public int ConcurrencyRetryAfterSeconds { get; set; } = 1;
}
