using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// The "WebSub" section: YouTube push notifications for the YouTube channel feeds in Feeds:Subscriptions (polling stays
/// as the fallback). Off without a CallbackBaseUrl: the hub calls the worker from the internet, so it needs the address
/// a reverse proxy or tunnel gives the webhook port.
/// https://developers.google.com/youtube/v3/guides/push_notifications, https://www.w3.org/TR/websub/
/// </summary>
public sealed class WebSubOptions : IValidatableObject
{
    public const string Section = "WebSub";

    /// <summary>Google's hub, which YouTube publishes to.</summary>
    [Required]
    public Uri? HubUrl { get; set; } = new("https://pubsubhubbub.appspot.com/subscribe");

    /// <summary>The worker's public address; each channel's callback is {CallbackBaseUrl}/webhooks/websub/{channel id}.</summary>
    public Uri? CallbackBaseUrl { get; set; }

    /// <summary>The lease asked for (10 days). The hub may grant another; the one it grants in its verification is what
    /// the renewal follows.</summary>
    [Range(60, 365 * 24 * 3600)]
    public int LeaseSeconds { get; set; } = 10 * 24 * 3600;

    /// <summary>How long to wait for the hub's verification before asking again, and before retrying a hub that failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest notification read, in bytes: a notification carries the changed entries of one channel's feed.</summary>
    [Range(typeof(long), "1024", "67108864")]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public bool Enabled => CallbackBaseUrl != null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // hub.secret travels in the subscription request, so it goes to an https hub only (W3C WebSub 5.1, hub.secret);
        // a hub on this machine is the exception, for tests and local relays.
        if (HubUrl is { } hub && hub.Scheme != Uri.UriSchemeHttps && !hub.IsLoopback)
        {
            yield return new ValidationResult($"WebSub:HubUrl must be an https address (hub.secret is sent to it): {hub}.", [nameof(HubUrl)]);
        }
    }
}
