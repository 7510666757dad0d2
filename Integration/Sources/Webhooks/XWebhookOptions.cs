namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>The "Webhooks:X" section: the app's consumer secret (API secret key), which keys both the CRC answer and
/// the delivery signature. Without it the X endpoint is not offered.</summary>
public sealed class XWebhookOptions
{
    public const string Section = "Webhooks:X";

    public string? ConsumerSecret { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(ConsumerSecret);
}
