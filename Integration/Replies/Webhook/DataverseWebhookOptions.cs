using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Replies.Webhook;

/// <summary>
/// The "Webhooks:Dataverse" section: the key Dataverse's scrm_ReplyWebhook service endpoint sends as `code` (the
/// endpoint's AuthValue, set by the admin after import; README "Tell the worker of new replies"). Without a key the
/// endpoint is not offered and replies wait for the next poll.
/// </summary>
public sealed class DataverseWebhookOptions
{
    public const string Section = "Webhooks:Dataverse";

    /// <summary>The solution's webhook service endpoint that posts new replies here.</summary>
    public const string ServiceEndpointName = "scrm_ReplyWebhook";

    /// <summary>The shared key; long and random, as any bearer secret (e.g. 32 random bytes, base64).</summary>
    public string? Key { get; set; }

    /// <summary>The largest body accepted, in bytes. Dataverse cuts a context past 256 KB down to its ids.</summary>
    [Range(typeof(long), "1024", "16777216")]
    public long MaxBodyBytes { get; set; } = 512 * 1024;

    public bool Enabled => !string.IsNullOrEmpty(Key);
}
