using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// AddToQueue: puts Target in the queue DestinationQueueId, or moves it there from the queue it is in (SourceQueueId
/// when given, else any), and answers the queue item's id as QueueItemId. QueueItemProperties gives further columns of
/// the queue item; its queueid and objectid are ignored, as they come from DestinationQueueId and Target.
/// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.addtoqueuerequest (parameters, remarks);
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/addtoqueue (Target not nullable,
/// SourceQueue and QueueItemProperties optional; AddToQueueResponse.QueueItemId).
/// </summary>
internal sealed class AddToQueueExecutor : IMessageExecutor
{
    private const string QueueTable = "queue";
    private const string QueueItemTable = "queueitem";
    private const int Active = 0;

    public string MessageName => "AddToQueue";

    public void Prepare(RequestContext context) => EventTargets.FromReference(context);

    public OrganizationResponse Execute(RequestContext context)
    {
        var table = context.Table!;
        var targetId = context.Items[0].Id;
        if (!QueueEnabled.Allows(context.Metadata, table.LogicalName))
        {
            throw DataverseFault.InvalidArgument($"The {table.LogicalName} entity is not enabled for queues: its records cannot be added to a queue.");
        }

        var columns = table.PrimaryNameColumn is { } name ? new ColumnSet(name) : new ColumnSet(false);
        var target = context.Store.Retrieve(table, new[] { targetId }, columns).FirstOrDefault()
            ?? throw DataverseFault.RecordNotFound(table.LogicalName, targetId);
        var destination = ExistingQueue(context, QueueId(context, "DestinationQueueId", required: true)!.Value);
        var source = QueueId(context, "SourceQueueId", required: false) is { } sourceId ? ExistingQueue(context, sourceId) : (Guid?)null;

        var item = Properties(context);
        item[QueueEnabled.ObjectColumn] = new EntityReference(table.LogicalName, targetId);
        item["queueid"] = new EntityReference(QueueTable, destination);
        var queueItems = context.References().Table(QueueItemTable);
        if (InQueue(context, targetId, source) is { } existing)
        {
            item.Id = existing;
            context.Writer().Update(queueItems, new[] { item }, ConcurrencyBehavior.Default);
        }
        else
        {
            item["enteredon"] = context.OperationCreatedOn;
            if (!item.Contains("title") && table.PrimaryNameColumn is { } primaryName)
            {
                item["title"] = target.GetAttributeValue<string>(primaryName);
            }

            item.Id = context.Writer().Create(queueItems, new[] { item })[0];
        }

        return new OrganizationResponse { ResponseName = MessageName, Results = { ["QueueItemId"] = item.Id } };
    }

    private static Guid? QueueId(RequestContext context, string parameter, bool required)
    {
        var given = context.Request.Parameters.TryGetValue(parameter, out var value) ? value : null;
        if (given is Guid id && id != Guid.Empty)
        {
            return id;
        }

        if (given is null or Guid && !required)
        {
            return null;
        }

        throw DataverseFault.InvalidArgument($"Required field '{parameter}' is missing or is not a Guid for message AddToQueue.");
    }

    private static Guid ExistingQueue(RequestContext context, Guid id) =>
        context.Store.Retrieve(context.References().Table(QueueTable), new[] { id }, new ColumnSet(false)).Count == 1
            ? id
            : throw DataverseFault.RecordNotFound(QueueTable, id);

    // Only the queue item's own columns travel; the two that name the queue and the row are the message's to set.
    private static Entity Properties(RequestContext context)
    {
        var item = new Entity(QueueItemTable);
        if (context.Request.Parameters.TryGetValue("QueueItemProperties", out var value) && value is Entity properties)
        {
            foreach (var column in properties.Attributes.Where(c => c.Key is not ("queueid" or QueueEnabled.ObjectColumn or "queueitemid")))
            {
                item[column.Key] = column.Value;
            }
        }

        return item;
    }

    // The active queue item of the row (in the source queue when one is named), which AddToQueue moves rather than copies.
    private static Guid? InQueue(RequestContext context, Guid targetId, Guid? sourceQueueId)
    {
        var query = new QueryExpression(QueueItemTable) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(QueueEnabled.ObjectColumn, ConditionOperator.Equal, targetId);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, Active);
        if (sourceQueueId.HasValue)
        {
            query.Criteria.AddCondition("queueid", ConditionOperator.Equal, sourceQueueId.Value);
        }

        return context.Store.Query(query, context.QueryAsCaller()).Entities.FirstOrDefault()?.Id;
    }
}
