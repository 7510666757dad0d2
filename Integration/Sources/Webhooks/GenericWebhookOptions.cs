using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>The "Webhooks:Generic" section: the shared secret of the generic signed-JSON endpoint and how far a
/// request's timestamp may be from now. Without a secret the endpoint is not offered.</summary>
public sealed class GenericWebhookOptions
{
    public const string Section = "Webhooks:Generic";

    public string? Secret { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest body accepted, in bytes: a sender of our own batches its mentions to fit.</summary>
    [Range(typeof(long), "1024", "67108864")]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public bool Enabled => !string.IsNullOrEmpty(Secret);
}
