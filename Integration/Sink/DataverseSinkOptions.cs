using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// The "DataverseSink" section. Without a Url the worker starts LocalDataverse and writes there (the local default);
/// with one it writes to that environment, authenticating as the application user (client credentials) when a
/// ClientId is given.
/// </summary>
public sealed class DataverseSinkOptions : IValidatableObject
{
    public const string Section = "DataverseSink";

    /// <summary>The environment, e.g. https://contoso.crm.dynamics.com; empty for the local default.</summary>
    public Uri? Url { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Mentions per UpsertMultiple request. Microsoft suggests starting small (100) and measuring.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Requests in flight at once; Dataverse limits concurrent requests per user (service protection).</summary>
    [Range(1, 52)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long the sink waits before looking again when the queue is empty.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries of one mention before it is dead-lettered with its last error.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait before a mention Dataverse could not take is offered again, doubled for each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest wait between two attempts of one mention.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public bool UsesClientCredentials => !string.IsNullOrEmpty(ClientId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url != null && !Url.IsAbsoluteUri)
        {
            yield return new ValidationResult("DataverseSink:Url must be an absolute address such as https://contoso.crm.dynamics.com.", [nameof(Url)]);
        }

        if (UsesClientCredentials && (Url == null || string.IsNullOrEmpty(TenantId) || string.IsNullOrEmpty(ClientSecret)))
        {
            yield return new ValidationResult("DataverseSink:ClientId needs Url, TenantId and ClientSecret as well: the worker signs in as the application user of that environment.",
                [nameof(Url), nameof(TenantId), nameof(ClientSecret)]);
        }
    }
}
