using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Reading;
using SocialCrm.Dataverse.Local.WebApi.Routing;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// Custom API parameters between the Web API and the SDK: a Money or Picklist comes as a number, an EntityReference as
/// a record with @odata.type and its key, a StringArray as a collection; response records go back the same way.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables#customapifieldtype-choices
/// </summary>
internal static class CustomApiValues
{
    public static object? ToSdk(WebApiCall call, CustomApiParameter parameter, object value)
    {
        var expected = parameter.EntityLogicalName is null ? null : call.Model.ShapeOfTable(parameter.EntityLogicalName);
        return (parameter.Type, value) switch
        {
            (CustomApiParameterType.Money, _) => new Money(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            (CustomApiParameterType.Picklist, _) => new OptionSetValue(Convert.ToInt32(value, CultureInfo.InvariantCulture)),
            (CustomApiParameterType.DateTime, DateTimeOffset time) => time.UtcDateTime,
            (CustomApiParameterType.StringArray, List<object?> items) => items.Select(i => i as string).ToArray(),
            (CustomApiParameterType.EntityReference, ResourceTree tree) => TypedRecords.Reference(call, tree, expected),
            (CustomApiParameterType.Entity, ResourceTree tree) => TypedRecords.Entity(call, tree, expected),
            (CustomApiParameterType.EntityCollection, List<ResourceTree> trees) => new EntityCollection(trees.Select(t => TypedRecords.Entity(call, t, expected)).ToList()),
            _ => value,
        };
    }

    public static void AddTo(OperationResponse body, WebApiCall call, CustomApiParameter property, object? value)
    {
        switch (value)
        {
            case EntityReference reference:
                body.AddRecords(property.UniqueName, new[] { Record(call, reference.LogicalName, reference.Id, Array.Empty<KeyValuePair<string, object>>()) }, isCollection: false);
                break;
            case Entity entity:
                body.AddRecords(property.UniqueName, new[] { Record(call, entity.LogicalName, entity.Id, entity.Attributes) }, isCollection: false);
                break;
            case EntityCollection collection:
                body.AddRecords(property.UniqueName, collection.Entities.Select(e => Record(call, e.LogicalName, e.Id, e.Attributes)).ToList(), isCollection: true);
                break;
            case string[] texts:
                body.Add(property.UniqueName, new ODataCollectionValue { TypeName = "Collection(Edm.String)", Items = texts });
                break;
            case null when property.Type is CustomApiParameterType.Entity or CustomApiParameterType.EntityReference or CustomApiParameterType.EntityCollection:
                body.AddRecords(property.UniqueName, Array.Empty<ODataResource>(), property.Type == CustomApiParameterType.EntityCollection);
                break;
            default:
                body.Add(property.UniqueName, EdmValues.From(value));
                break;
        }
    }

    // A record of a response: its type, its key, and the columns it carries.
    private static ODataResource Record(WebApiCall call, string table, Guid id, IEnumerable<KeyValuePair<string, object>> attributes)
    {
        var shape = call.Model.ShapeOfTable(table) ?? throw new InvalidOperationException($"The response names table '{table}', which the environment does not have.");
        var properties = attributes
            .Where(a => a.Key != shape.Table.PrimaryIdColumn && shape.Table.FindColumn(a.Key) is not null)
            .Select(a => new ODataProperty { Name = EntityShape.PropertyName(shape.Table.FindColumn(a.Key)!), Value = EdmValues.From(a.Value) })
            .Prepend(new ODataProperty { Name = shape.Table.PrimaryIdColumn, Value = id })
            .ToList();
        return new ODataResource { TypeName = shape.Type.FullTypeName(), Properties = properties };
    }
}
