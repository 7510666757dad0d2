using System;
using Microsoft.Xrm.Sdk;
using Queue = SocialCrm.Plugins.Schema.StandardTables.Queue;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// AddToQueue sent by name: Microsoft.Crm.Sdk.Proxy's typed AddToQueueRequest is not part of the bundled SDK, and the
/// request carries the same parameters. https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.addtoqueuerequest
/// </summary>
public static class QueueExtensions
{
    /// <summary>Puts <paramref name="target"/> in the queue (moving it from the queue it is in); returns the queue item's id.</summary>
    public static Guid AddToQueue(this IOrganizationService service, EntityReference target, Guid queueId) =>
        (Guid)service.Execute(new OrganizationRequest(Queue.AddToQueue)
        {
            [Queue.Target] = target,
            [Queue.DestinationQueueId] = queueId,
        })[Queue.QueueItemId];
}
