using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.WebApi.Auth;

/// <summary>
/// How callers authenticate. By default a bearer token is accepted and ignored and the caller is the configured user;
/// in strict mode a request needs a token listed in <see cref="Tokens"/>, which names the user it runs as.
/// </summary>
public sealed class AuthOptions
{
    public bool Strict { get; set; }

    /// <summary>Bearer tokens accepted in strict mode, each with the id of the systemuser it signs in.</summary>
    public Dictionary<string, Guid> Tokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Where a client gets a token, as WWW-Authenticate tells it on a 401.</summary>
    public string AuthorizationUri { get; set; } = "https://login.microsoftonline.com/common/oauth2/authorize";
}
