using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// POST queues(id)/Microsoft.Dynamics.CRM.AddToQueue with Target (the record, by @odata.type and its key), and optionally
/// SourceQueue and QueueItemProperties: one AddToQueue request with the bound queue as DestinationQueueId, answering
/// {"QueueItemId": …}. https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/addtoqueue
/// </summary>
internal static class AddToQueueHandler
{
    public static WebApiResponse Handle(WebApiCall call, RecordKey queue, IEdmOperation action)
    {
        if (queue.Id == System.Guid.Empty)
        {
            throw WebApiException.BadRequest("AddToQueue is bound to a queue named by its id: queues(<queueid>)/Microsoft.Dynamics.CRM.AddToQueue.");
        }

        var values = ParameterValues.Read(call, action);
        if (!values.TryGetValue("Target", out var target) || target is not ResourceTree targetTree)
        {
            throw WebApiException.BadRequest("AddToQueue needs Target: the record to put in the queue, with its @odata.type and its key.");
        }

        var request = new OrganizationRequest(OperationModelBuilder.AddToQueue)
        {
            ["Target"] = TypedRecords.Reference(call, targetTree, null),
            ["DestinationQueueId"] = queue.Id,
        };
        if (values.TryGetValue("SourceQueue", out var source) && source is ResourceTree sourceTree)
        {
            request["SourceQueueId"] = TypedRecords.Reference(call, sourceTree, queue.Shape).Id;
        }

        if (values.TryGetValue("QueueItemProperties", out var properties) && properties is ResourceTree propertiesTree)
        {
            request["QueueItemProperties"] = TypedRecords.Entity(call, propertiesTree, call.Model.ShapeOfTable("queueitem"));
        }

        var response = call.Organization.Execute(request);
        return new OperationResponse().Add("QueueItemId", response.Results["QueueItemId"]).Write(call, (IEdmComplexType)action.GetReturn().Type.Definition);
    }
}
