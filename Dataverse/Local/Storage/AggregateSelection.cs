using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The aggregate form of a query: its attribute expressions as one GROUP BY select, each value returned as an
/// AliasedValue under its alias. Nulls are left out of aggregates (a sum of none is 0), an average of whole numbers is a
/// whole number, a date grouped by day, week, month, quarter or year is that number (UTC; weeks start on Sunday with
/// week 1 holding 1 January), and a countcolumn counts distinct values when the query is Distinct.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
/// </summary>
internal sealed class AggregateSelection
{
    // Ticks of 1970-01-01, to turn stored ticks into SQLite's unix time.
    private const long UnixEpochTicks = 621355968000000000;

    private readonly List<Item> items;

    private AggregateSelection(List<Item> items)
    {
        this.items = items;
    }

    /// <summary>The aggregate selection of a query, or null when the query asks for rows.</summary>
    public static AggregateSelection? For(QueryExpression query, IEnumerable<(TableDefinition Table, string SqlAlias, ColumnSet? Columns)> sources)
    {
        var items = new List<Item>();
        foreach (var (table, sqlAlias, columns) in sources)
        {
            foreach (var expression in columns?.AttributeExpressions ?? Enumerable.Empty<XrmAttributeExpression>())
            {
                var column = table.FindColumn(expression.AttributeName) ?? throw DataverseFault.UnknownColumn(table.LogicalName, expression.AttributeName);
                items.Add(new Item(expression, table, column, $"{sqlAlias}.{SqlNames.Quote(column.LogicalName)}", sqlAlias, query.Distinct));
            }
        }

        return items.Count == 0 ? null : new AggregateSelection(items);
    }

    public EntityCollection Run(SqliteRecordStore store, SqliteCommand command, QueryExpression query, string from, string paging, int pageSize)
    {
        var groups = items.Where(i => i.Expression.HasGroupBy).ToList();
        var select = string.Join(", ", items.Select(i => i.SelectList()));
        var groupBy = groups.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", groups.Select(g => g.Sql));
        var ordering = query.Orders.Select(Order).Concat(groups.Select(g => g.Sql)).ToList();
        var orderBy = ordering.Count == 0 ? string.Empty : " ORDER BY " + string.Join(", ", ordering);
        command.CommandText = $"SELECT {select} {from}{groupBy}{orderBy} {paging}";

        var table = query.EntityName.ToLowerInvariant();
        var result = new EntityCollection { EntityName = table };
        using var reader = store.ExecuteReader(command);
        while (reader.Read())
        {
            if (result.Entities.Count == pageSize)
            {
                result.MoreRecords = query.TopCount is null;
                break;
            }

            var entity = new Entity(table);
            var ordinal = 0;
            foreach (var item in items)
            {
                if (item.Read(reader, ordinal) is { } value)
                {
                    entity[item.Expression.Alias] = new AliasedValue(item.Table.LogicalName, item.Column.LogicalName, value);
                }

                ordinal += item.Width;
            }

            result.Entities.Add(entity);
        }

        return result;
    }

    // An aggregate query orders by an alias, or by a grouped column.
    private string Order(OrderExpression order)
    {
        var item = !string.IsNullOrEmpty(order.Alias)
            ? items.FirstOrDefault(i => string.Equals(i.Expression.Alias, order.Alias, StringComparison.OrdinalIgnoreCase))
            : items.FirstOrDefault(i => i.Expression.HasGroupBy && i.Column.LogicalName == order.AttributeName?.ToLowerInvariant());
        if (item is null)
        {
            throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidAlias, $"An aggregate query orders by an alias of its attributes or a grouped column; '{order.Alias ?? order.AttributeName}' is neither.");
        }

        return $"{item.Sql} {(order.OrderType == OrderType.Descending ? "DESC" : "ASC")}";
    }

    private sealed class Item
    {
        private readonly string sqlAlias;

        public Item(XrmAttributeExpression expression, TableDefinition table, ColumnDefinition column, string columnSql, string sqlAlias, bool distinct)
        {
            Expression = expression;
            Table = table;
            Column = column;
            this.sqlAlias = sqlAlias;
            if (expression.DateTimeGrouping != XrmDateTimeGrouping.None && column.Type != ColumnType.DateTime)
            {
                throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidValue, $"The attribute '{column.LogicalName}' is not a date, so it cannot be grouped by {expression.DateTimeGrouping}.");
            }

            Sql = expression.AggregateType switch
            {
                XrmAggregateType.None => expression.DateTimeGrouping == XrmDateTimeGrouping.None ? columnSql : DatePart(columnSql, expression.DateTimeGrouping),
                XrmAggregateType.Count => "COUNT(*)",
                XrmAggregateType.CountColumn => $"COUNT({(distinct ? "DISTINCT " : string.Empty)}{columnSql})",
                XrmAggregateType.Sum => $"COALESCE(SUM({columnSql}), 0)",
                XrmAggregateType.Avg => $"AVG({columnSql})",
                XrmAggregateType.Min => $"MIN({columnSql})",
                XrmAggregateType.Max => $"MAX({columnSql})",
                _ => throw DataverseFault.Create(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, $"Unknown aggregate {expression.AggregateType}."),
            };
        }

        public XrmAttributeExpression Expression { get; }

        public TableDefinition Table { get; }

        public ColumnDefinition Column { get; }

        /// <summary>The SQL of the value (what a GROUP BY or ORDER BY repeats).</summary>
        public string Sql { get; }

        private bool IsGroupedLookup => Expression.AggregateType == XrmAggregateType.None && Expression.DateTimeGrouping == XrmDateTimeGrouping.None && Column.IsLookup;

        public int Width => IsGroupedLookup ? 2 : 1;

        public string SelectList() => IsGroupedLookup ? $"{Sql}, {sqlAlias}.{SqlNames.Quote(SqlNames.LookupTypeColumn(Column.LogicalName))}" : Sql;

        public object? Read(SqliteDataReader reader, int ordinal)
        {
            if (reader.IsDBNull(ordinal))
            {
                return null;
            }

            return Expression.AggregateType switch
            {
                XrmAggregateType.Count or XrmAggregateType.CountColumn => Convert.ToInt32(reader.GetInt64(ordinal)),
                XrmAggregateType.Avg when Column.Type is ColumnType.Integer or ColumnType.BigInt => (int)Math.Truncate(reader.GetDouble(ordinal)),
                XrmAggregateType.None when Expression.DateTimeGrouping != XrmDateTimeGrouping.None => reader.GetInt32(ordinal),
                _ => ColumnStorage.FromSql(Column, reader, ordinal, IsGroupedLookup && !reader.IsDBNull(ordinal + 1) ? reader.GetString(ordinal + 1) : null),
            };
        }

        private static string DatePart(string ticks, XrmDateTimeGrouping grouping)
        {
            var date = $"datetime(({ticks} - {UnixEpochTicks.ToString(CultureInfo.InvariantCulture)}) / 10000000, 'unixepoch')";
            string Part(string format) => $"CAST(strftime('{format}', {date}) AS INTEGER)";
            return grouping switch
            {
                XrmDateTimeGrouping.Day => Part("%d"),
                XrmDateTimeGrouping.Month => Part("%m"),
                XrmDateTimeGrouping.Year => Part("%Y"),
                XrmDateTimeGrouping.Quarter => $"(({Part("%m")} + 2) / 3)",
                XrmDateTimeGrouping.Week => $"(({Part("%j")} - 1 + CAST(strftime('%w', strftime('%Y-01-01', {date})) AS INTEGER)) / 7 + 1)",
                _ => throw DataverseFault.Create(ErrorCodes.NotImplemented, $"LocalDataverse does not group dates by {grouping}."),
            };
        }
    }
}
