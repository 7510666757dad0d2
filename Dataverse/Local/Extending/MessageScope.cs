using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Extending;

/// <summary>What a test author's handler or step may use: who sent the request, the clock, and a service to send more.</summary>
public sealed class MessageScope
{
    internal MessageScope(Guid userId, DateTime utcNow, IOrganizationService service)
    {
        UserId = userId;
        UtcNow = utcNow;
        Service = service;
    }

    /// <summary>The user the request runs as.</summary>
    public Guid UserId { get; }

    /// <summary>The environment's clock (the one the builder was given) when the request arrived.</summary>
    public DateTime UtcNow { get; }

    /// <summary>
    /// Sends requests as the request's user, inside its transaction once it has one (they commit or roll back with it),
    /// as a Custom API's plug-in does.
    /// </summary>
    public IOrganizationService Service { get; }
}
