using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// The "Webhooks" section: the port of the webhook endpoint. It listens on 127.0.0.1 only; a reverse proxy or tunnel
/// that terminates HTTPS forwards the networks' calls to it (Meta and X call HTTPS URLs only).
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>0 picks a free port (tests); the worker's default is 5080.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5080;
}
