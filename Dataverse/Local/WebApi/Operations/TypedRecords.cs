using System;
using System.Linq;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// Records passed to actions: each names its table with @odata.type, and its record by its primary key property or by
/// @odata.id (a URL by id or alternate key), as the bulk actions and Custom API parameters take them.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple
/// </summary>
internal static class TypedRecords
{
    public static EntityShape ShapeOf(WebApiCall call, ODataResource resource, EntityShape? expected)
    {
        var shape = call.Model.ShapeOf(call.Model.Model.FindDeclaredType(resource.TypeName ?? string.Empty)) ?? expected
            ?? throw WebApiException.BadRequest("A record passed to an action needs its @odata.type.");
        if (expected is not null && shape.Table.LogicalName != expected.Table.LogicalName)
        {
            throw WebApiException.BadRequest($"The record of type '{resource.TypeName}' does not belong in {expected.Set.Name}.");
        }

        return shape;
    }

    public static Entity Entity(WebApiCall call, ResourceTree tree, EntityShape? expected)
    {
        var shape = ShapeOf(call, tree.Resource!, expected);
        var into = tree.Resource!.Id is { } id ? BindReference.Resolve(call, id.OriginalString).Target() : null;
        return EntityBuilder.Build(call, shape, tree, into);
    }

    public static EntityReference Reference(WebApiCall call, ResourceTree tree, EntityShape? expected)
    {
        if (tree.Resource!.Id is { } url)
        {
            return BindReference.Resolve(call, url.OriginalString).Reference();
        }

        var shape = ShapeOf(call, tree.Resource, expected);
        var key = tree.Resource.Properties.OfType<ODataProperty>().FirstOrDefault(p => p.Name == shape.Table.PrimaryIdColumn)?.Value as Guid?
            ?? throw WebApiException.BadRequest($"A reference to a {shape.Table.LogicalName} needs its {shape.Table.PrimaryIdColumn} or @odata.id.");
        return new EntityReference(shape.Table.LogicalName, key);
    }
}
