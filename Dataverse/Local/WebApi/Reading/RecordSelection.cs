using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// What a read returns for each record: the columns of $select (all of them without it, as Dataverse does), always the
/// primary key, the single-valued navigation properties of $expand with their own $select, and the collection-valued
/// ones with their own $select, $filter, $orderby and $top (not $skip, which Dataverse refuses everywhere).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables
/// </summary>
internal sealed class RecordSelection
{
    private RecordSelection(EntityShape shape, IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<Expansion> expansions, IReadOnlyList<CollectionExpansion>? collections = null)
    {
        Shape = shape;
        Columns = columns;
        Expansions = expansions;
        Collections = collections ?? new List<CollectionExpansion>();
    }

    public EntityShape Shape { get; }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IReadOnlyList<Expansion> Expansions { get; }

    public IReadOnlyList<CollectionExpansion> Collections { get; }

    public static RecordSelection All(EntityShape shape) => new(shape, shape.Table.Columns, new List<Expansion>());

    /// <summary>Exactly <paramref name="columns"/>, with nothing expanded.</summary>
    public static RecordSelection Of(EntityShape shape, IReadOnlyList<ColumnDefinition> columns) => new(shape, columns, new List<Expansion>());

    public static RecordSelection From(EntityShape shape, SelectExpandClause? clause, WebApiModel model, bool nested = false)
    {
        if (clause is null)
        {
            return All(shape);
        }

        var columns = new List<ColumnDefinition>();
        var expansions = new List<Expansion>();
        var collections = new List<CollectionExpansion>();
        foreach (var item in clause.SelectedItems)
        {
            switch (item)
            {
                case PathSelectItem { SelectedPath.LastSegment: PropertySegment property }:
                    columns.Add(shape.ColumnOf(property.Property.Name)!);
                    break;
                case ExpandedNavigationSelectItem expand when nested:
                    throw WebApiException.BadRequest($"LocalDataverse expands one level of navigation properties; '{expand.PathToNavigationProperty.FirstSegment.Identifier}' is nested in another $expand.");
                case ExpandedNavigationSelectItem expand when shape.Collection(expand.PathToNavigationProperty.LastSegment.Identifier) is { } collection:
                    collections.Add(ExpandCollection(collection, expand, model));
                    break;
                case ExpandedNavigationSelectItem expand:
                    expansions.Add(Expand(shape, expand, model));
                    break;
            }
        }

        var selected = clause.AllSelected ? shape.Table.Columns.ToList() : columns;
        if (!selected.Any(c => c.LogicalName == shape.Table.PrimaryIdColumn))
        {
            selected.Add(shape.Table.FindColumn(shape.Table.PrimaryIdColumn)!);
        }

        return new RecordSelection(shape, selected.Distinct().ToList(), expansions, collections);
    }

    /// <summary>The columns to read: the selected ones, and the row version every @odata.etag needs.</summary>
    public ColumnSet ColumnSet() =>
        new(Columns.Select(c => c.LogicalName).Append(PlatformColumns.VersionNumber).Where(Shape.Table.HasColumn).Distinct().ToArray());

    private static Expansion Expand(EntityShape shape, ExpandedNavigationSelectItem expand, WebApiModel model)
    {
        var name = expand.PathToNavigationProperty.LastSegment.Identifier;
        var navigation = shape.Navigation(name)!;
        if (navigation.Target is null)
        {
            throw WebApiException.BadRequest($"LocalDataverse cannot expand '{name}': it may point to more than one table.");
        }

        if (expand.FilterOption is not null || expand.OrderByOption is not null || expand.TopOption is not null || expand.SkipOption is not null)
        {
            throw WebApiException.BadRequest($"$expand of the single-valued navigation property '{name}' takes only $select.");
        }

        return new Expansion(navigation, From(model.ShapeOfTable(navigation.Target.LogicalName)!, expand.SelectAndExpand, model, nested: true));
    }

    private static CollectionExpansion ExpandCollection(RelatedCollection collection, ExpandedNavigationSelectItem expand, WebApiModel model)
    {
        if (expand.SkipOption is not null)
        {
            // The message Dataverse gives for $skip.
            throw WebApiException.BadRequest("Skip Clause is not supported in CRM");
        }

        var target = model.ShapeOfTable(collection.Referencing.LogicalName)!;
        return new CollectionExpansion(collection, From(target, expand.SelectAndExpand, model, nested: true), expand.FilterOption, expand.OrderByOption, expand.TopOption);
    }
}
