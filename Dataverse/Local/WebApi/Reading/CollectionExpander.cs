using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// Reads the related rows of collection-valued $expand options: one RetrieveMultiple per expanded property for all the
/// records of the answer (their lookup In the records' ids, with the expansion's $filter and $orderby), then each
/// record's rows, cut to $top, as its RelatedEntities under the relationship.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables#expand-collection-valued-navigation-properties
/// </summary>
internal static class CollectionExpander
{
    public static void Expand(WebApiCall call, IReadOnlyList<Entity> rows, RecordSelection selection)
    {
        if (rows.Count == 0)
        {
            return;
        }

        foreach (var expansion in selection.Collections)
        {
            var related = Read(call, expansion, rows.Select(r => r.Id).ToArray());
            foreach (var row in rows)
            {
                var mine = related.Where(r => r.GetAttributeValue<EntityReference>(expansion.Collection.Column.LogicalName)?.Id == row.Id);
                row.RelatedEntities[new Relationship(expansion.Collection.Name)] = new EntityCollection(
                    (expansion.Top is long top ? mine.Take((int)top) : mine).ToList())
                {
                    EntityName = expansion.Collection.Referencing.LogicalName,
                };
            }
        }
    }

    private static List<Entity> Read(WebApiCall call, CollectionExpansion expansion, Guid[] parentIds)
    {
        var shape = expansion.Selection.Shape;
        var query = new QueryExpression(shape.Table.LogicalName) { ColumnSet = expansion.Selection.ColumnSet() };
        query.ColumnSet.AddColumn(expansion.Collection.Column.LogicalName);
        query.Criteria.AddCondition(expansion.Collection.Column.LogicalName, ConditionOperator.In, parentIds.Cast<object>().ToArray());
        QueryBuilder.AddFilter(query, expansion.Filter, shape, call.Model);
        QueryBuilder.AddOrders(query, expansion.OrderBy, shape);
        query.PageInfo = new PagingInfo { PageNumber = 1 };

        var rows = new List<Entity>();
        while (true)
        {
            var page = ((RetrieveMultipleResponse)call.Organization.Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
        }
    }
}
