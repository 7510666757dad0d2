using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Who sends a request and from where: the user it runs as, the user who started the chain, its depth, and, for a
/// request a plug-in sends or the platform sends on a request's behalf (Upsert's Create), the context that becomes the
/// ParentContext of the next plug-ins.
/// </summary>
/// <param name="FromPlugin">Whether a plug-in sent the request through its organization service.</param>
internal sealed record CallerContext(Guid UserId, Guid InitiatingUserId, int Depth, Guid CorrelationId, IPluginExecutionContext? Parent, bool FromPlugin = false)
{
    /// <summary>A request sent by an application, at the top of a new chain.</summary>
    public static CallerContext TopLevel(Guid userId) => new(userId, userId, 1, Guid.NewGuid(), null);
}
