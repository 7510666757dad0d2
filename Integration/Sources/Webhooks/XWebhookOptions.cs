using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>The "Webhooks:X" section: the app's consumer secret (API secret key), which keys both the CRC answer and
/// the delivery signature. Without it the X endpoint is not offered.</summary>
public sealed class XWebhookOptions
{
    public const string Section = "Webhooks:X";

    public string? ConsumerSecret { get; set; }

    /// <summary>
    /// The largest delivery accepted, in bytes. An Account Activity delivery carries the events of one subscribed
    /// account (https://docs.x.com/x-api/account-activity/introduction); a Post object with its user and entities is a
    /// few kilobytes, so 1 MiB holds hundreds of them.
    /// </summary>
    [Range(typeof(long), "1024", "67108864")]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public bool Enabled => !string.IsNullOrEmpty(ConsumerSecret);
}
