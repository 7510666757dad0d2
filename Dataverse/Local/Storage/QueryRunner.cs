using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Runs a QueryExpression as one SQL SELECT: links become joins (or EXISTS for the semi-join operators), linked columns
/// come back as AliasedValues, paging is LIMIT/OFFSET ordered by the requested orders then the primary key.
/// Without paging a page holds 5000 rows, as in Dataverse.
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results
/// </summary>
internal sealed class QueryRunner
{
    private const int DefaultPageSize = 5000;
    private const int CountLimit = 5000;

    private readonly SqliteRecordStore store;
    private readonly QueryContext context;

    public QueryRunner(SqliteRecordStore store, QueryContext context)
    {
        this.store = store;
        this.context = context;
    }

    public EntityCollection Run(QueryExpression query)
    {
        using var command = store.Command(string.Empty);
        var scope = new QueryScope(command, context);
        var conditions = new ConditionTranslator(scope);
        var table = scope.Table(query.EntityName);
        var alias = scope.NextSqlAlias();
        scope.Register(table.LogicalName, table, alias);
        var main = RowSelection.For(table, query.ColumnSet);

        var joins = new List<string>();
        var where = new List<string>();
        var linked = new List<(RowSelection Selection, string SqlAlias, string EntityAlias)>();
        var orders = new List<string>();
        foreach (var link in query.LinkEntities)
        {
            AddLink(link, table, alias, scope, conditions, joins, where, linked, orders);
        }

        where.Insert(0, conditions.Translate(query.Criteria, table, alias));
        var ordering = query.Orders.Select(o => Order(o, table, alias, scope)).Concat(orders)
            .Append($"{alias}.{SqlNames.Quote(table.PrimaryIdColumn)}").ToList();

        var pageSize = query.TopCount ?? (query.PageInfo?.Count > 0 ? query.PageInfo.Count : DefaultPageSize);
        var page = query.TopCount is null ? Math.Max(1, query.PageInfo?.PageNumber ?? 1) : 1;
        var select = string.Join(", ", new[] { main.SelectList(alias) }.Concat(linked.Select(l => l.Selection.SelectList(l.SqlAlias))).Where(s => s.Length > 0));
        var from = $"FROM {SqlNames.Quote(table.LogicalName)} AS {alias} {string.Join(" ", joins)} WHERE {string.Join(" AND ", where)}";
        command.CommandText = $"SELECT {(query.Distinct ? "DISTINCT " : string.Empty)}{select} {from} ORDER BY {string.Join(", ", ordering)} " +
            $"LIMIT {scope.Parameter(pageSize + 1)} OFFSET {scope.Parameter((long)(page - 1) * pageSize)}";

        var result = new EntityCollection { EntityName = table.LogicalName };
        using (var reader = store.ExecuteReader(command))
        {
            while (reader.Read())
            {
                if (result.Entities.Count == pageSize)
                {
                    result.MoreRecords = query.TopCount is null;
                    break;
                }

                var entity = main.Read(reader);
                var ordinal = main.Width;
                foreach (var (selection, _, entityAlias) in linked)
                {
                    selection.ReadInto(entity, reader, ordinal, entityAlias);
                    ordinal += selection.Width;
                }

                result.Entities.Add(entity);
            }
        }

        if (result.MoreRecords)
        {
            result.PagingCookie = $"<cookie page=\"{page.ToString(CultureInfo.InvariantCulture)}\" />";
        }

        CountInto(result, query, command, from);

        return result;
    }

    /// <summary>
    /// The count of matching rows when the query asks for it: up to 5000, with TotalRecordCountLimitExceeded beyond;
    /// -1 when not asked for. The count stops at the limit, so a large table is never counted through.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows
    /// </summary>
    private void CountInto(EntityCollection result, QueryExpression query, Microsoft.Data.Sqlite.SqliteCommand command, string from)
    {
        result.TotalRecordCount = -1;
        if (query.PageInfo?.ReturnTotalRecordCount != true)
        {
            return;
        }

        command.CommandText = $"SELECT COUNT(*) FROM (SELECT 1 {from} LIMIT {CountLimit + 1})";
        var count = Convert.ToInt32(store.ExecuteScalar(command), CultureInfo.InvariantCulture);
        result.TotalRecordCount = Math.Min(count, CountLimit);
        result.TotalRecordCountLimitExceeded = count > CountLimit;
    }

    private void AddLink(
        LinkEntity link,
        TableDefinition parent,
        string parentAlias,
        QueryScope scope,
        ConditionTranslator conditions,
        List<string> joins,
        List<string> where,
        List<(RowSelection, string, string)> linked,
        List<string> orders)
    {
        var table = scope.Table(link.LinkToEntityName);
        var alias = scope.NextSqlAlias();
        // Dataverse names an unaliased link after its table and its position: contact1, contact2...
        var entityAlias = string.IsNullOrEmpty(link.EntityAlias) ? table.LogicalName + alias[1..] : link.EntityAlias;
        scope.Register(entityAlias, table, alias);
        var from = parent.FindColumn(link.LinkFromAttributeName) ?? throw DataverseFault.UnknownColumn(parent.LogicalName, link.LinkFromAttributeName);
        var to = table.FindColumn(link.LinkToAttributeName) ?? throw DataverseFault.UnknownColumn(table.LogicalName, link.LinkToAttributeName);
        var on = $"{alias}.{SqlNames.Quote(to.LogicalName)} = {parentAlias}.{SqlNames.Quote(from.LogicalName)} AND {conditions.Translate(link.LinkCriteria, table, alias)}";

        switch (link.JoinOperator)
        {
            case JoinOperator.Inner or JoinOperator.Natural:
                joins.Add($"INNER JOIN {SqlNames.Quote(table.LogicalName)} AS {alias} ON {on}");
                break;
            case JoinOperator.LeftOuter or JoinOperator.MatchFirstRowUsingCrossApply:
                joins.Add($"LEFT JOIN {SqlNames.Quote(table.LogicalName)} AS {alias} ON {on}");
                break;
            case JoinOperator.Exists or JoinOperator.In or JoinOperator.Any:
                where.Add($"EXISTS (SELECT 1 FROM {SqlNames.Quote(table.LogicalName)} AS {alias} WHERE {on})");
                return;
            case JoinOperator.NotAny:
                where.Add($"NOT EXISTS (SELECT 1 FROM {SqlNames.Quote(table.LogicalName)} AS {alias} WHERE {on})");
                return;
            default:
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"Join operator {link.JoinOperator} is not supported by LocalDataverse.");
        }

        linked.Add((RowSelection.ForLink(table, link.Columns), alias, entityAlias));
        orders.AddRange(link.Orders.Select(o => Order(o, table, alias, scope)));
        foreach (var child in link.LinkEntities)
        {
            AddLink(child, table, alias, scope, conditions, joins, where, linked, orders);
        }
    }

    private static string Order(OrderExpression order, TableDefinition table, string alias, QueryScope scope)
    {
        if (!string.IsNullOrEmpty(order.EntityName))
        {
            (table, alias) = scope.Resolve(order.EntityName);
        }

        var column = table.FindColumn(order.AttributeName) ?? throw DataverseFault.UnknownColumn(table.LogicalName, order.AttributeName);
        return $"{alias}.{SqlNames.Quote(column.LogicalName)} {(order.OrderType == OrderType.Descending ? "DESC" : "ASC")}";
    }
}
