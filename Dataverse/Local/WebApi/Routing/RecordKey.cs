using System;
using System.Linq;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Records;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Reading;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// How a URL names one record: by its primary key, accounts(00000000-...), or by an alternate key,
/// accounts(accountnumber='A1'), which becomes the KeyAttributes of the request.
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
/// </summary>
internal sealed class RecordKey
{
    private RecordKey(EntityShape shape, Guid id, KeyAttributeCollection keys)
    {
        Shape = shape;
        Id = id;
        Keys = keys;
    }

    public EntityShape Shape { get; }

    /// <summary>Empty when the record is named by alternate key.</summary>
    public Guid Id { get; }

    public KeyAttributeCollection Keys { get; }

    public static RecordKey ForId(EntityShape shape, Guid id) => new(shape, id, new KeyAttributeCollection());

    public static RecordKey From(EntityShape shape, KeySegment segment)
    {
        var parts = segment.Keys.ToList();
        if (parts.Count == 1 && shape.IsKey(parts[0].Key) && parts[0].Value is Guid id)
        {
            return new RecordKey(shape, id, new KeyAttributeCollection());
        }

        // Key values go in as the SDK types of their columns (a choice as OptionSetValue), as an SDK caller sends them.
        var keys = new KeyAttributeCollection();
        foreach (var (alias, value) in parts)
        {
            keys[alias] = SdkValues.ForKey(shape.Table.FindColumn(alias)!, value);
        }

        return new RecordKey(shape, Guid.Empty, keys);
    }

    /// <summary>The record's URL: set(id), or set(key=value,…) when it is named by alternate key.</summary>
    public Uri Url(Uri serviceRoot) => new(serviceRoot, Id != Guid.Empty
        ? $"{Shape.Set.Name}({Id:D})"
        : $"{Shape.Set.Name}({string.Join(",", Keys.Select(k => $"{k.Key}={ODataUriUtils.ConvertToUriLiteral(EdmValues.From(k.Value), ODataVersion.V4)}"))})");

    public EntityReference Reference() =>
        Id != Guid.Empty ? new EntityReference(Shape.Table.LogicalName, Id) : new EntityReference(Shape.Table.LogicalName, Keys);

    /// <summary>A write target carrying this key, as an Update or Upsert request takes it.</summary>
    public Entity Target()
    {
        var target = Id != Guid.Empty ? new Entity(Shape.Table.LogicalName, Id) : new Entity(Shape.Table.LogicalName, Keys);
        if (Id != Guid.Empty)
        {
            target[Shape.Table.PrimaryIdColumn] = Id;
        }

        return target;
    }

    /// <summary>The key as query conditions, for reads that go through RetrieveMultiple.</summary>
    public FilterExpression Criteria()
    {
        var criteria = new FilterExpression(LogicalOperator.And);
        if (Id != Guid.Empty)
        {
            criteria.AddCondition(Shape.Table.PrimaryIdColumn, ConditionOperator.Equal, Id);
            return criteria;
        }

        foreach (var (column, value) in Keys)
        {
            criteria.AddCondition(column, ConditionOperator.Equal, value);
        }

        return criteria;
    }

    /// <summary>The fault Dataverse gives when no record has this key.</summary>
    public Exception NotFound() => Id != Guid.Empty
        ? DataverseFault.RecordNotFound(Shape.Table.LogicalName, Id)
        : DataverseFault.RecordNotFoundByKey(Shape.Table.LogicalName, ReferenceResolver.Describe(Keys));
}
