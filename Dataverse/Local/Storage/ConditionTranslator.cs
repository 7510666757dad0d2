using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Turns a FilterExpression into a SQL predicate over parameters. Covers the documented operators the product and its
/// tests use; any other operator fails with Dataverse's "Unsupported condition operator" rather than being ignored.
/// Date operators work in UTC (LocalDataverse users have no time zone).
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionoperator
/// </summary>
internal sealed class ConditionTranslator
{
    private const int JsonListFrom = 16;

    private readonly QueryScope scope;

    public ConditionTranslator(QueryScope scope)
    {
        this.scope = scope;
    }

    /// <summary>The predicate of <paramref name="filter"/> over the table with SQL alias <paramref name="sqlAlias"/>.</summary>
    public string Translate(FilterExpression? filter, TableDefinition table, string sqlAlias)
    {
        if (filter is null)
        {
            return "1 = 1";
        }

        var parts = filter.Conditions.Select(c => Condition(c, table, sqlAlias))
            .Concat(filter.Filters.Select(f => Translate(f, table, sqlAlias)))
            .ToList();
        if (parts.Count == 0)
        {
            return "1 = 1";
        }

        return "(" + string.Join(filter.FilterOperator == LogicalOperator.Or ? " OR " : " AND ", parts) + ")";
    }

    private string Condition(ConditionExpression condition, TableDefinition table, string sqlAlias)
    {
        if (!string.IsNullOrEmpty(condition.EntityName))
        {
            (table, sqlAlias) = scope.Resolve(condition.EntityName);
        }

        var column = Column(table, condition.AttributeName);
        var sql = $"{sqlAlias}.{SqlNames.Quote(column.LogicalName)}";
        var values = condition.Values.ToList();

        if (condition.CompareColumns)
        {
            var other = Column(table, Convert.ToString(values.Single(), System.Globalization.CultureInfo.InvariantCulture)!);
            return $"{sql} {Comparison(condition.Operator)} {sqlAlias}.{SqlNames.Quote(other.LogicalName)}";
        }

        var now = scope.Context.UtcNow;
        var today = now.Date;
        return condition.Operator switch
        {
            ConditionOperator.Equal when values.Count == 1 && values[0] is null => $"{sql} IS NULL",
            ConditionOperator.NotEqual when values.Count == 1 && values[0] is null => $"{sql} IS NOT NULL",
            ConditionOperator.Equal or ConditionOperator.NotEqual or ConditionOperator.GreaterThan or ConditionOperator.GreaterEqual
                or ConditionOperator.LessThan or ConditionOperator.LessEqual =>
                condition.Operator == ConditionOperator.NotEqual
                    ? $"({sql} <> {Value(column, Single(condition, values))} OR {sql} IS NULL)"
                    : $"{sql} {Comparison(condition.Operator)} {Value(column, Single(condition, values))}",
            ConditionOperator.In => values.Count == 0 ? "1 = 0" : $"{sql} IN {List(column, values)}",
            ConditionOperator.NotIn => values.Count == 0 ? "1 = 1" : $"({sql} NOT IN {List(column, values)} OR {sql} IS NULL)",
            ConditionOperator.Null => $"{sql} IS NULL",
            ConditionOperator.NotNull => $"{sql} IS NOT NULL",
            ConditionOperator.Between => $"{sql} BETWEEN {Value(column, values[0])} AND {Value(column, values[1])}",
            ConditionOperator.NotBetween => $"{sql} NOT BETWEEN {Value(column, values[0])} AND {Value(column, values[1])}",
            ConditionOperator.Like => Like(sql, Text(condition, values), negate: false),
            ConditionOperator.NotLike => Like(sql, Text(condition, values), negate: true),
            ConditionOperator.BeginsWith => Like(sql, Escape(Text(condition, values)) + "%", negate: false),
            ConditionOperator.DoesNotBeginWith => Like(sql, Escape(Text(condition, values)) + "%", negate: true),
            ConditionOperator.EndsWith => Like(sql, "%" + Escape(Text(condition, values)), negate: false),
            ConditionOperator.DoesNotEndWith => Like(sql, "%" + Escape(Text(condition, values)), negate: true),
            ConditionOperator.Contains => Like(sql, "%" + Escape(Text(condition, values)) + "%", negate: false),
            ConditionOperator.DoesNotContain => Like(sql, "%" + Escape(Text(condition, values)) + "%", negate: true),
            ConditionOperator.EqualUserId => $"{sql} = {scope.Parameter(scope.Context.UserId.ToString("D"))}",
            ConditionOperator.NotEqualUserId => $"({sql} <> {scope.Parameter(scope.Context.UserId.ToString("D"))} OR {sql} IS NULL)",
            ConditionOperator.On => Range(sql, Day(condition, values), Day(condition, values).AddDays(1)),
            ConditionOperator.NotOn => $"NOT {Range(sql, Day(condition, values), Day(condition, values).AddDays(1))}",
            ConditionOperator.OnOrAfter => $"{sql} >= {Ticks(Day(condition, values))}",
            ConditionOperator.OnOrBefore => $"{sql} < {Ticks(Day(condition, values).AddDays(1))}",
            ConditionOperator.Today => Range(sql, today, today.AddDays(1)),
            ConditionOperator.Yesterday => Range(sql, today.AddDays(-1), today),
            ConditionOperator.Tomorrow => Range(sql, today.AddDays(1), today.AddDays(2)),
            ConditionOperator.Last7Days => Range(sql, today.AddDays(-7), now),
            ConditionOperator.Next7Days => Range(sql, now, today.AddDays(8)),
            ConditionOperator.LastXHours => Range(sql, now.AddHours(-Count(condition, values)), now),
            ConditionOperator.NextXHours => Range(sql, now, now.AddHours(Count(condition, values))),
            ConditionOperator.LastXDays => Range(sql, today.AddDays(-Count(condition, values)), now),
            ConditionOperator.NextXDays => Range(sql, now, today.AddDays(Count(condition, values) + 1)),
            ConditionOperator.OlderThanXMinutes => $"{sql} < {Ticks(now.AddMinutes(-Count(condition, values)))}",
            ConditionOperator.OlderThanXHours => $"{sql} < {Ticks(now.AddHours(-Count(condition, values)))}",
            ConditionOperator.OlderThanXDays => $"{sql} < {Ticks(now.AddDays(-Count(condition, values)))}",
            ConditionOperator.OlderThanXMonths => $"{sql} < {Ticks(now.AddMonths(-Count(condition, values)))}",
            _ => throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidConditionOperator, $"Unsupported condition operator: {condition.Operator}."),
        };
    }

    private static ColumnDefinition Column(TableDefinition table, string name) =>
        table.FindColumn(name) ?? throw DataverseFault.UnknownColumn(table.LogicalName, name);

    private static string Comparison(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => "=",
        ConditionOperator.NotEqual => "<>",
        ConditionOperator.GreaterThan => ">",
        ConditionOperator.GreaterEqual => ">=",
        ConditionOperator.LessThan => "<",
        ConditionOperator.LessEqual => "<=",
        _ => throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidConditionOperator, $"Unsupported condition operator: {op}."),
    };

    private string Value(ColumnDefinition column, object? value) => scope.Parameter(Comparable(column, value));

    // A long list goes to SQLite as one parameter holding a JSON array: SQLite finds a named parameter by a linear
    // search when it prepares and when it binds, so a parameter per value costs time quadratic in their number (about
    // 15 ms for the 1,300 post ids of a batch of mentions). Only text without control characters or surrogates and whole
    // numbers take this way, the values json_each gives back exactly; "x IN (SELECT value ...)" compares them with x's
    // affinity and collation as "x IN (?, ?)" does (https://www.sqlite.org/datatype3.html#affinity_of_expressions).
    private string List(ColumnDefinition column, IReadOnlyList<object?> values)
    {
        var sqlValues = values.Select(value => Comparable(column, value)).ToList();
        return sqlValues.Count >= JsonListFrom && sqlValues.All(ExactInJson)
            ? $"(SELECT value FROM json_each({scope.Parameter(JsonArray(sqlValues))}))"
            : $"({string.Join(", ", sqlValues.Select(scope.Parameter))})";
    }

    // Written value by value: the serializer's path for a list of objects looks up each value's type.
    private static string JsonArray(List<object> values)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case int number:
                        writer.WriteNumberValue(number);
                        break;
                    default:
                        writer.WriteNumberValue((long)value);
                        break;
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(json.WrittenSpan);
    }

    private static bool ExactInJson(object value) =>
        value is int or long || (value is string text && text.All(c => c >= ' ' && !char.IsSurrogate(c)));

    private static object Comparable(ColumnDefinition column, object? value) =>
        value is null
            ? throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidValue, $"A null value cannot be compared with {column.LogicalName}; use the Null operator.")
            : ToSql(column, value);

    // Condition values arrive loosely typed (a Guid as text, a choice as an int): bring them to the stored form.
    private static object ToSql(ColumnDefinition column, object value) => value switch
    {
        string text when column.Type is ColumnType.PrimaryKey or ColumnType.UniqueIdentifier or ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner
            && Guid.TryParse(text, out var id) => id.ToString("D"),
        EntityReference reference => reference.Id.ToString("D"),
        _ => ColumnStorage.ToSql(column, value),
    };

    private string Like(string sql, string pattern, bool negate) =>
        negate ? $"({sql} NOT LIKE {scope.Parameter(pattern)} ESCAPE '\\' OR {sql} IS NULL)" : $"{sql} LIKE {scope.Parameter(pattern)} ESCAPE '\\'";

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private string Range(string sql, DateTime from, DateTime to) => $"({sql} >= {Ticks(from)} AND {sql} < {Ticks(to)})";

    private string Ticks(DateTime time) => scope.Parameter(ColumnStorage.ToUtc(time).Ticks);

    private static object Single(ConditionExpression condition, IReadOnlyList<object?> values) =>
        values.Count == 1 ? values[0]! : throw DataverseFault.InvalidArgument($"Condition on {condition.AttributeName} with operator {condition.Operator} needs one value, not {values.Count}.");

    private static string Text(ConditionExpression condition, IReadOnlyList<object?> values) =>
        Convert.ToString(Single(condition, values), System.Globalization.CultureInfo.InvariantCulture)!;

    private static DateTime Day(ConditionExpression condition, IReadOnlyList<object?> values) =>
        Single(condition, values) is DateTime time ? ColumnStorage.ToUtc(time).Date : throw DataverseFault.InvalidArgument($"Condition on {condition.AttributeName} with operator {condition.Operator} needs a date.");

    private static int Count(ConditionExpression condition, IReadOnlyList<object?> values) =>
        Convert.ToInt32(Single(condition, values), System.Globalization.CultureInfo.InvariantCulture);
}
