using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Extending;

/// <summary>What a test author's handler or step may use: who sent the request, the clock, and a service to send more.</summary>
public sealed class MessageScope
{
    private readonly RequestContext request;
    private readonly IPluginExecutionContext? parent;
    private IOrganizationService? service;

    internal MessageScope(RequestContext request)
    {
        this.request = request;
        parent = request.MainOperationContext ?? request.Caller.Parent;
    }

    /// <summary>The user the request runs as.</summary>
    public Guid UserId => request.Caller.UserId;

    /// <summary>The environment's clock (the one the builder was given) when the request arrived.</summary>
    public DateTime UtcNow => request.OperationCreatedOn;

    // Made when first used: a step that only looks at the request (a timer) sends nothing.

    /// <summary>
    /// Sends requests as the request's user, inside its transaction once it has one (they commit or roll back with it),
    /// as a Custom API's plug-in does.
    /// </summary>
    public IOrganizationService Service => service ??= request.NestedService(parent);
}
