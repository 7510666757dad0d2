using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Reading;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// POST on an entity set: one Create. 204 with OData-EntityId; under Prefer: return=representation, 201 with the record
/// as read back (the columns of the URL's $select).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api
/// </summary>
internal static class CreateHandler
{
    public static WebApiResponse Handle(WebApiCall call, EntityShape shape)
    {
        var target = EntityBuilder.FromBody(call, shape);
        var id = ((CreateResponse)call.Organization.Execute(new CreateRequest { Target = target })).id;
        return Written.Answer(call, RecordKey.ForId(shape, id), created: true);
    }
}
