using System;
using System.Linq;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// Turns a record of a request body into the Entity an organization request carries: properties become columns of
/// their SDK types, the primary key becomes the id, and lookups come only through navigation@odata.bind, as in Dataverse
/// (a _name_value property is read-only).
/// </summary>
internal static class EntityBuilder
{
    public static Entity Build(WebApiCall call, EntityShape shape, ResourceTree tree, Entity? into = null)
    {
        if (tree.NestedUnder.Count > 0)
        {
            throw WebApiException.BadRequest($"LocalDataverse does not create related records in the same request; bind '{tree.NestedUnder[0]}' to an existing record with @odata.bind.");
        }

        var entity = into ?? new Entity(shape.Table.LogicalName);
        foreach (var property in tree.Resource!.Properties.OfType<ODataProperty>())
        {
            var column = shape.ColumnOf(property.Name)!;
            if (column.IsLookup)
            {
                // Dataverse's answer to a write of a lookup's _name_value property.
                throw WebApiException.BadRequest("CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.");
            }

            var value = SdkValues.For(column, property.Value);
            if (column.LogicalName == shape.Table.PrimaryIdColumn && value is Guid id)
            {
                entity.Id = id;
            }

            entity[column.LogicalName] = value;
        }

        foreach (var (name, url) in tree.Binds)
        {
            var navigation = shape.Navigation(name)!;
            entity[navigation.Column.LogicalName] = BindReference.ForNavigation(call, navigation, url);
        }

        return entity;
    }

    /// <summary>The one record of the request body, read against <paramref name="shape"/>.</summary>
    public static Entity FromBody(WebApiCall call, EntityShape shape, Entity? into = null)
    {
        try
        {
            using var reader = new ODataMessageReader((IODataRequestMessage)call.Request.Message(), RequestBodies.ReaderSettings(), call.Model.Model);
            var tree = ResourceReader.ReadAll(reader.CreateODataResourceReader(shape.Set, shape.Type)).Single();
            return Build(call, shape, tree, into);
        }
        catch (ODataException exception)
        {
            throw PayloadErrors.Of(exception, shape.Set.Name);
        }
    }
}
