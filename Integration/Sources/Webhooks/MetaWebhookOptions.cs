using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>The "Webhooks:Meta" section: the app secret that signs deliveries and the verify token of the handshake.
/// Without an app secret the Meta endpoint is not offered.</summary>
public sealed class MetaWebhookOptions : IValidatableObject
{
    public const string Section = "Webhooks:Meta";

    public string? AppSecret { get; set; }

    public string? VerifyToken { get; set; }

    /// <summary>
    /// The largest delivery accepted, in bytes. Meta batches at most 1,000 updates in one notification
    /// (https://developers.facebook.com/docs/graph-api/webhooks/getting-started, "Event Notifications"); a feed or
    /// comment change is well under 4 KB of JSON, so 4 MiB holds a full batch.
    /// </summary>
    [Range(typeof(long), "1024", "67108864")]
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    public bool Enabled => !string.IsNullOrEmpty(AppSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrEmpty(VerifyToken))
        {
            yield return new ValidationResult("Webhooks:Meta:VerifyToken is required with an AppSecret: Meta's subscription handshake checks it.", [nameof(VerifyToken)]);
        }
    }
}
