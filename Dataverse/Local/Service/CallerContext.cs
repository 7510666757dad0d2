using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Who sends a request and from where: the user it runs as, the user who started the chain, its depth, and, for a
/// request a plug-in sends, the plug-in's execution context (which becomes the ParentContext of the next plug-ins).
/// </summary>
internal sealed record CallerContext(Guid UserId, Guid InitiatingUserId, int Depth, Guid CorrelationId, IPluginExecutionContext? Parent)
{
    /// <summary>A request sent by an application, at the top of a new chain.</summary>
    public static CallerContext TopLevel(Guid userId) => new(userId, userId, 1, Guid.NewGuid(), null);

    public bool IsFromPlugin => Parent is not null;
}
