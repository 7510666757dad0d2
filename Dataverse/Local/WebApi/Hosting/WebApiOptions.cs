using System;
using System.Collections.Generic;
using SocialCrm.Dataverse.Local.WebApi.Auth;
using SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>
/// Settings of the Web API, bound from the "WebApi" configuration section:
/// <code>
/// "WebApi": {
///   "CallerId": "…",                                   // the user requests run as; the administrator by default
///   "Auth": { "Strict": true, "Tokens": { "token-1": "…user id…" } },
///   "ServiceProtection": { "Enabled": true, "MaxRequestsPerWindow": 6000, "WindowSeconds": 300, "MaxConcurrentRequests": 52 },
///   "CorsOrigins": [ "http://localhost:8080" ],
///   "Controls": { "SocialCrm.SocialPulse": "Controls/SocialPulse/out/controls/SocialPulse" }
/// }
/// </code>
/// </summary>
public sealed class WebApiOptions
{
    public const string SectionName = "WebApi";

    /// <summary>The user a request runs as when the token does not name one; null for the environment's administrator.</summary>
    public Guid? CallerId { get; set; }

    public AuthOptions Auth { get; set; } = new();

    public ServiceProtectionOptions ServiceProtection { get; set; } = new();

    /// <summary>Origins a browser page may call from; CORS stays off when empty.</summary>
    public string[] CorsOrigins { get; set; } = Array.Empty<string>();

    /// <summary>Code components served on a stand-in form page (ControlHost): name to the folder of its built ControlManifest.xml.</summary>
    public Dictionary<string, string> Controls { get; set; } = new(StringComparer.Ordinal);
}
