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

    public bool Enabled => !string.IsNullOrEmpty(AppSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrEmpty(VerifyToken))
        {
            yield return new ValidationResult("Webhooks:Meta:VerifyToken is required with an AppSecret: Meta's subscription handshake checks it.", [nameof(VerifyToken)]);
        }
    }
}
