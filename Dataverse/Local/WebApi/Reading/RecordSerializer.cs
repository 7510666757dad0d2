using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// Writes records as Dataverse shows them: @odata.etag from the row version, every selected property (null when the
/// record has no value), lookups as _name_value with their table and navigation property as annotations, formatted
/// values, expanded records nested under their navigation property (null when the lookup is empty) and related records
/// in an array under their collection-valued navigation property. Which
/// annotations reach the body is the writer's filter, from Prefer: odata.include-annotations.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api
/// </summary>
internal sealed class RecordSerializer
{
    private readonly MetadataCatalog catalog;
    private readonly Func<string, bool> annotations;

    public RecordSerializer(MetadataCatalog catalog, Func<string, bool> annotations)
    {
        this.catalog = catalog;
        this.annotations = annotations;
    }

    public void Write(ODataWriter writer, Entity row, RecordSelection selection, IEnumerable<ODataProperty>? extra = null)
    {
        var resource = Resource(row, row, selection, alias: null);
        if (extra is not null)
        {
            resource.Properties = resource.Properties.Concat(extra).ToList();
        }

        writer.WriteStart(resource);
        foreach (var expansion in selection.Expansions)
        {
            writer.WriteStart(new ODataNestedResourceInfo { Name = expansion.Navigation.Name, IsCollection = false });
            var linked = Linked(row, expansion);
            writer.WriteStart(linked is null ? null : Resource(linked, row, expansion.Selection, expansion.Alias));
            writer.WriteEnd();
            writer.WriteEnd();
        }

        foreach (var expansion in selection.Collections)
        {
            writer.WriteStart(new ODataNestedResourceInfo { Name = expansion.Collection.Name, IsCollection = true });
            writer.WriteStart(new ODataResourceSet());
            var related = row.RelatedEntities.TryGetValue(new Relationship(expansion.Collection.Name), out var rows) ? rows.Entities : Enumerable.Empty<Entity>();
            foreach (var record in related)
            {
                Write(writer, record, expansion.Selection);
            }

            writer.WriteEnd();
            writer.WriteEnd();
        }

        writer.WriteEnd();
    }

    /// <summary>An expanded record from the aliased columns of its link; null when the lookup is empty.</summary>
    private static Entity? Linked(Entity row, Expansion expansion)
    {
        var table = expansion.Selection.Shape.Table;
        var prefix = expansion.Alias + ".";
        if (!row.Attributes.TryGetValue(prefix + table.PrimaryIdColumn, out var id) || id is not AliasedValue { Value: Guid linkedId })
        {
            return null;
        }

        var linked = new Entity(table.LogicalName, linkedId);
        foreach (var (name, value) in row.Attributes.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            linked[name[prefix.Length..]] = ((AliasedValue)value).Value;
        }

        if (linked.GetAttributeValue<long?>(PlatformColumns.VersionNumber) is long version)
        {
            linked.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return linked;
    }

    private ODataResource Resource(Entity record, Entity row, RecordSelection selection, string? alias)
    {
        var properties = new List<ODataProperty>();
        foreach (var column in selection.Columns)
        {
            var value = record.Attributes.TryGetValue(column.LogicalName, out var found) ? found : null;
            var property = new ODataProperty { Name = EntityShape.PropertyName(column), Value = EdmValues.From(value) };
            if (value is not null)
            {
                Annotate(property, column, value, selection.Shape, alias is null ? row : null);
            }

            properties.Add(property);
        }

        return new ODataResource
        {
            ETag = string.IsNullOrEmpty(record.RowVersion) ? null : $"W/\"{record.RowVersion}\"",
            Properties = properties,
        };
    }

    // Names of lookups are read for the main record only: expanded records show their own lookups without them.
    private void Annotate(ODataProperty property, ColumnDefinition column, object value, EntityShape shape, Entity? namesRow)
    {
        if (value is EntityReference reference)
        {
            if (annotations(Annotations.AssociatedNavigationProperty) && shape.NavigationFor(column, reference.LogicalName) is { } navigation)
            {
                property.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.AssociatedNavigationProperty, new ODataPrimitiveValue(navigation.Name)));
            }

            if (annotations(Annotations.LookupLogicalName))
            {
                property.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.LookupLogicalName, new ODataPrimitiveValue(reference.LogicalName)));
            }
        }

        if (annotations(Annotations.FormattedValue))
        {
            var name = value is EntityReference lookup && namesRow is not null ? LookupNames.Of(namesRow, column, lookup, catalog) : null;
            if (FormattedValues.Of(column, value, name) is { } formatted)
            {
                property.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.FormattedValue, new ODataPrimitiveValue(formatted)));
            }
        }
    }
}
