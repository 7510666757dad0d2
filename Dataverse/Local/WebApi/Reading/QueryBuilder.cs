using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// The QueryExpression a read sends: the selected columns, an outer link per $expand (and per lookup whose name a
/// formatted value needs), the $filter criteria and the $orderby orders. Paging and counts are the caller's to add.
/// </summary>
internal static class QueryBuilder
{
    public static QueryExpression Build(RecordSelection selection, bool withLookupNames, MetadataCatalog catalog)
    {
        var table = selection.Shape.Table;
        var query = new QueryExpression(table.LogicalName) { ColumnSet = selection.ColumnSet() };
        foreach (var expansion in selection.Expansions)
        {
            var target = expansion.Selection.Shape.Table;
            query.LinkEntities.Add(new LinkEntity(table.LogicalName, target.LogicalName, expansion.Navigation.Column.LogicalName, target.PrimaryIdColumn, JoinOperator.LeftOuter)
            {
                EntityAlias = expansion.Alias,
                Columns = expansion.Selection.ColumnSet(),
            });
        }

        if (withLookupNames)
        {
            foreach (var link in LookupNames.Links(table, selection.Columns, catalog))
            {
                query.LinkEntities.Add(link);
            }
        }

        return query;
    }

    public static void AddFilter(QueryExpression query, FilterClause? filter, EntityShape shape, WebApiModel model)
    {
        if (filter is null)
        {
            return;
        }

        var translator = new FilterTranslator(shape, model);
        query.Criteria.AddFilter(translator.Translate(filter.Expression));
        foreach (var link in translator.Links)
        {
            query.LinkEntities.Add(link);
        }
    }

    public static void AddOrders(QueryExpression query, OrderByClause? order, EntityShape shape)
    {
        for (var clause = order; clause is not null; clause = clause.ThenBy)
        {
            if (clause.Expression is not SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } property)
            {
                throw WebApiException.BadRequest("LocalDataverse orders by columns of the table only.");
            }

            query.AddOrder(shape.ColumnOf(property.Property.Name)!.LogicalName, clause.Direction == OrderByDirection.Descending ? OrderType.Descending : OrderType.Ascending);
        }
    }
}
