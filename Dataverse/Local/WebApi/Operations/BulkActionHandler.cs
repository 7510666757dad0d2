using System.Collections.Generic;
using System.Linq;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// CreateMultiple, UpdateMultiple and UpsertMultiple bound to an entity set: the Targets become one request of that
/// message, so its plug-ins run once for the batch. CreateMultiple answers the new ids; the others answer 204.
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
/// </summary>
internal static class BulkActionHandler
{
    public static WebApiResponse Handle(WebApiCall call, EntityShape shape, IEdmOperation action)
    {
        var values = ParameterValues.Read(call, action);
        if (!values.TryGetValue("Targets", out var value) || value is not List<ResourceTree> trees || trees.Count == 0)
        {
            throw WebApiException.BadRequest($"{action.Name} needs Targets: the records, each with its @odata.type.");
        }

        var targets = new EntityCollection { EntityName = shape.Table.LogicalName };
        targets.Entities.AddRange(trees.Select(t => TypedRecords.Entity(call, t, shape)));
        switch (action.Name)
        {
            case OperationModelBuilder.CreateMultiple:
                var ids = ((CreateMultipleResponse)call.Organization.Execute(new CreateMultipleRequest { Targets = targets })).Ids;
                return new OperationResponse()
                    .Add("Ids", new ODataCollectionValue { TypeName = "Collection(Edm.Guid)", Items = ids.Cast<object>().ToList() })
                    .Write(call, (IEdmComplexType)action.GetReturn().Type.Definition);
            case OperationModelBuilder.UpdateMultiple:
                call.Organization.Execute(new UpdateMultipleRequest { Targets = targets });
                return WebApiResponse.NoContent();
            default:
                call.Organization.Execute(new UpsertMultipleRequest { Targets = targets });
                return WebApiResponse.NoContent();
        }
    }
}
