using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Runs a QueryExpression as one SQL SELECT: links become joins (or EXISTS for the semi-join operators), linked columns
/// come back as AliasedValues, paging is LIMIT/OFFSET ordered by the requested orders then the primary key, and a
/// query with attribute expressions runs as an aggregate (<see cref="AggregateSelection"/>).
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
        var scope = new QueryScope(context);
        var conditions = new ConditionTranslator(scope);
        var table = scope.Table(query.EntityName);
        var alias = scope.NextSqlAlias();
        scope.Register(table.LogicalName, table, alias);

        var parts = new Parts();
        parts.Sources.Add((table, alias, query.ColumnSet));
        foreach (var link in query.LinkEntities)
        {
            AddLink(link, table, alias, scope, conditions, parts);
        }

        parts.Where.Insert(0, conditions.Translate(query.Criteria, table, alias));
        var from = $"FROM {SqlNames.Quote(table.LogicalName)} AS {alias} {string.Join(" ", parts.Joins)} WHERE {string.Join(" AND ", parts.Where)}";
        var pageSize = query.TopCount ?? (query.PageInfo?.Count > 0 ? query.PageInfo.Count : DefaultPageSize);
        var page = query.TopCount is null ? Math.Max(1, query.PageInfo?.PageNumber ?? 1) : 1;
        var paging = $"LIMIT {scope.Parameter(pageSize + 1)} OFFSET {scope.Parameter((long)(page - 1) * pageSize)}";

        EntityCollection result;
        if (AggregateSelection.For(query, parts.Sources) is { } aggregate)
        {
            using var command = Command(scope);
            result = aggregate.Run(store, command, query, from, paging, pageSize);
        }
        else
        {
            result = ReadRows(query, table, alias, scope, parts, from, paging, page, pageSize);
        }

        if (result.MoreRecords)
        {
            result.PagingCookie = Cookie(page, table, result);
        }

        CountInto(result, query, scope, from);
        return result;
    }

    private EntityCollection ReadRows(QueryExpression query, TableDefinition table, string alias, QueryScope scope, Parts parts, string from, string paging, int page, int pageSize)
    {
        var main = RowSelection.For(table, query.ColumnSet);
        var ordering = query.Orders.Select(o => Order(o, table, alias, scope))
            .Concat(parts.LinkOrders.Select(o => Order(o.Order, o.Table, o.SqlAlias, scope)))
            .Append($"{alias}.{SqlNames.Quote(table.PrimaryIdColumn)}").ToList();
        var select = string.Join(", ", new[] { main.SelectList(alias) }.Concat(parts.Linked.Select(l => l.Selection.SelectList(l.SqlAlias))).Where(s => s.Length > 0));
        var head = $"SELECT {(query.Distinct ? "DISTINCT " : string.Empty)}{select} {from}";
        var ordered = $"{head} ORDER BY {string.Join(", ", ordering)} {paging}";

        var rows = new List<Entity>();
        bool pageFull;
        if (page == 1 && ordering.Count == 1)
        {
            // A first page in primary-key order is read unsorted and sorted here when it holds every matching row (the
            // LIMIT did not cut it): SQLite's sort copies each row into a temporary B-tree, a third of the time of a
            // plug-in's query of a batch's keys. Ids are stored as lower-case "D" text, whose ordinal order is
            // Guid.CompareTo's (unsigned fields, then bytes); OrderBy is stable, as the rows of one id from a join
            // stay in the order SQLite gave them. A result larger than the page is read again, sorted by SQLite.
            pageFull = ReadPage($"{head} {paging}", scope, main, parts.Linked, pageSize, rows);
            if (pageFull)
            {
                rows.Clear();
                pageFull = ReadPage(ordered, scope, main, parts.Linked, pageSize, rows);
            }
            else
            {
                rows = rows.OrderBy(row => row.Id).ToList();
            }
        }
        else
        {
            pageFull = ReadPage(ordered, scope, main, parts.Linked, pageSize, rows);
        }

        var result = new EntityCollection(rows) { EntityName = table.LogicalName, MoreRecords = pageFull && query.TopCount is null };
        store.Found(table, rows);
        return result;
    }

    // Reads the rows of sql into rows; true when the page filled and a row past it followed.
    private bool ReadPage(string sql, QueryScope scope, RowSelection main, List<(RowSelection Selection, string SqlAlias, string EntityAlias)> linked, int pageSize, List<Entity> rows)
    {
        var pageFull = false;
        if (scope.Values.All(BindsByPosition))
        {
            var statement = store.PreparedQuery(sql);
            try
            {
                for (var i = 0; i < statement.ParameterCount; i++)
                {
                    statement.Bind(i, scope.Values[i]);
                }

                while (!pageFull && statement.Step())
                {
                    pageFull = !AddRow(statement, rows, main, linked, pageSize);
                }
            }
            finally
            {
                statement.Reset();
            }
        }
        else
        {
            using var command = Command(scope);
            command.CommandText = sql;
            using var reader = store.ExecuteReader(command);
            while (!pageFull && reader.Read())
            {
                pageFull = !AddRow(new DataReaderValues(reader), rows, main, linked, pageSize);
            }
        }

        return pageFull;
    }

    // Adds the current row to the page; false, adding nothing, once the page is full: the query reads one row past the
    // page to learn that more records follow.
    private static bool AddRow<TValues>(TValues values, List<Entity> page, RowSelection main, List<(RowSelection Selection, string SqlAlias, string EntityAlias)> linked, int pageSize)
        where TValues : IStoredValues
    {
        if (page.Count == pageSize)
        {
            return false;
        }

        var entity = main.Read(values);
        var ordinal = main.Width;
        foreach (var (selection, _, entityAlias) in linked)
        {
            selection.ReadInto(entity, values, ordinal, entityAlias);
            ordinal += selection.Width;
        }

        page.Add(entity);
        return true;
    }

    // The kinds of value RowStatement binds; a condition value of another kind (rare: ColumnStorage.ToSql passes
    // unknown types through) goes the way it always went, through Microsoft.Data.Sqlite's parameters.
    private static bool BindsByPosition(object value) => value is string or int or long or double;

    private SqliteCommand Command(QueryScope scope)
    {
        var command = store.Command(string.Empty);
        for (var i = 0; i < scope.Values.Count; i++)
        {
            command.Parameters.AddWithValue("?" + (i + 1).ToString(CultureInfo.InvariantCulture), scope.Values[i]);
        }

        return command;
    }

    /// <summary>
    /// The paging cookie of a page, in Dataverse's shape: the page number and the first and last primary keys of the page.
    /// Pages are read by number; the cookie tells a caller which page it holds.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#paging-cookies
    /// </summary>
    private static string Cookie(int page, TableDefinition table, EntityCollection result)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
        var ids = result.Entities.Select(e => e.Id).Where(id => id != Guid.Empty).ToList();
        if (ids.Count > 0)
        {
            cookie.Add(new XElement(
                table.PrimaryIdColumn,
                new XAttribute("last", ids[^1].ToString("B").ToUpperInvariant()),
                new XAttribute("first", ids[0].ToString("B").ToUpperInvariant())));
        }

        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The count of matching rows when the query asks for it: up to 5000, with TotalRecordCountLimitExceeded beyond;
    /// -1 when not asked for. The count stops at the limit, so a large table is never counted through.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows
    /// </summary>
    private void CountInto(EntityCollection result, QueryExpression query, QueryScope scope, string from)
    {
        result.TotalRecordCount = -1;
        if (query.PageInfo?.ReturnTotalRecordCount != true)
        {
            return;
        }

        using var command = Command(scope);
        command.CommandText = $"SELECT COUNT(*) FROM (SELECT 1 {from} LIMIT {CountLimit + 1})";
        var count = Convert.ToInt32(store.ExecuteScalar(command), CultureInfo.InvariantCulture);
        result.TotalRecordCount = Math.Min(count, CountLimit);
        result.TotalRecordCountLimitExceeded = count > CountLimit;
    }

    private void AddLink(LinkEntity link, TableDefinition parent, string parentAlias, QueryScope scope, ConditionTranslator conditions, Parts parts)
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
                parts.Joins.Add($"INNER JOIN {SqlNames.Quote(table.LogicalName)} AS {alias} ON {on}");
                break;
            case JoinOperator.LeftOuter or JoinOperator.MatchFirstRowUsingCrossApply:
                parts.Joins.Add($"LEFT JOIN {SqlNames.Quote(table.LogicalName)} AS {alias} ON {on}");
                break;
            case JoinOperator.Exists or JoinOperator.In or JoinOperator.Any:
                parts.Where.Add($"EXISTS (SELECT 1 FROM {SqlNames.Quote(table.LogicalName)} AS {alias} WHERE {on})");
                return;
            case JoinOperator.NotAny:
                parts.Where.Add($"NOT EXISTS (SELECT 1 FROM {SqlNames.Quote(table.LogicalName)} AS {alias} WHERE {on})");
                return;
            default:
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"Join operator {link.JoinOperator} is not supported by LocalDataverse.");
        }

        parts.Linked.Add((RowSelection.ForLink(table, link.Columns), alias, entityAlias));
        parts.Sources.Add((table, alias, link.Columns));
        parts.LinkOrders.AddRange(link.Orders.Select(o => (o, table, alias)));
        foreach (var child in link.LinkEntities)
        {
            AddLink(child, table, alias, scope, conditions, parts);
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

    /// <summary>The pieces of the SQL the links add to the main table's.</summary>
    private sealed class Parts
    {
        public List<string> Joins { get; } = new();

        public List<string> Where { get; } = new();

        public List<(RowSelection Selection, string SqlAlias, string EntityAlias)> Linked { get; } = new();

        public List<(OrderExpression Order, TableDefinition Table, string SqlAlias)> LinkOrders { get; } = new();

        /// <summary>Every table of the query with the columns asked of it, for an aggregate's attribute expressions.</summary>
        public List<(TableDefinition Table, string SqlAlias, ColumnSet? Columns)> Sources { get; } = new();
    }
}
