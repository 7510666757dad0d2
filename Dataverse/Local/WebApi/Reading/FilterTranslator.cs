using System;
using System.Collections.Generic;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// Turns the $filter tree Microsoft.OData parsed into the query's criteria: comparisons (eq ne gt ge lt le, null),
/// and/or, contains/startswith/endswith, and not. QueryExpression has no NOT, so a negation is pushed down to the
/// conditions (De Morgan; eq becomes ne, contains becomes DoesNotContain), keeping OData's answer for null values.
/// A property of a single-valued navigation property (primarycontactid/fullname) filters through an outer link.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows
/// </summary>
internal sealed class FilterTranslator
{
    private readonly EntityShape shape;
    private readonly WebApiModel model;
    private readonly Dictionary<string, LinkEntity> links = new(StringComparer.Ordinal);

    public FilterTranslator(EntityShape shape, WebApiModel model)
    {
        this.shape = shape;
        this.model = model;
    }

    /// <summary>The outer links the filter's navigation paths need.</summary>
    public IEnumerable<LinkEntity> Links => links.Values;

    public FilterExpression Translate(SingleValueNode expression)
    {
        var root = new FilterExpression(LogicalOperator.And);
        Add(root, expression, negate: false);
        return root;
    }

    private void Add(FilterExpression parent, SingleValueNode node, bool negate)
    {
        switch (node)
        {
            case ConvertNode convert:
                Add(parent, convert.Source, negate);
                break;
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                Add(parent, not.Operand, !negate);
                break;
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                var isAnd = logical.OperatorKind == BinaryOperatorKind.And;
                var group = new FilterExpression(isAnd != negate ? LogicalOperator.And : LogicalOperator.Or);
                Add(group, logical.Left, negate);
                Add(group, logical.Right, negate);
                parent.AddFilter(group);
                break;
            case BinaryOperatorNode comparison:
                AddComparison(parent, comparison, negate);
                break;
            case SingleValueFunctionCallNode function:
                AddFunction(parent, function, negate);
                break;
            default:
                throw Unsupported(node.Kind.ToString());
        }
    }

    private void AddComparison(FilterExpression parent, BinaryOperatorNode comparison, bool negate)
    {
        var (property, constant, mirrored) = Unwrap(comparison.Left) is ConstantNode
            ? (comparison.Right, comparison.Left, true)
            : (comparison.Left, comparison.Right, false);
        var (column, alias) = Column(property);
        var value = Value(Unwrap(constant) as ConstantNode ?? throw Unsupported("a comparison of two properties"));
        var kind = mirrored ? Mirror(comparison.OperatorKind) : comparison.OperatorKind;

        if (value is null)
        {
            var isNull = kind switch
            {
                BinaryOperatorKind.Equal => !negate,
                BinaryOperatorKind.NotEqual => negate,
                _ => throw WebApiException.BadRequest($"The operator {kind} cannot compare {column.LogicalName} with null."),
            };
            parent.AddCondition(Condition(alias, column, isNull ? ConditionOperator.Null : ConditionOperator.NotNull));
            return;
        }

        var op = Operator(negate ? Inverse(kind) : kind);
        var condition = Condition(alias, column, op, value);
        if (negate && kind is not (BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual))
        {
            // not (x gt 5) holds for a null x in OData; x le 5 alone would drop it.
            var either = new FilterExpression(LogicalOperator.Or);
            either.AddCondition(condition);
            either.AddCondition(Condition(alias, column, ConditionOperator.Null));
            parent.AddFilter(either);
            return;
        }

        parent.AddCondition(condition);
    }

    private void AddFunction(FilterExpression parent, SingleValueFunctionCallNode function, bool negate)
    {
        var arguments = new List<QueryNode>(function.Parameters);
        if (arguments.Count != 2 || Unwrap((SingleValueNode)arguments[1]) is not ConstantNode { Value: string text })
        {
            throw Unsupported($"the function {function.Name}");
        }

        var (column, alias) = Column((SingleValueNode)arguments[0]);
        var op = (function.Name, negate) switch
        {
            ("contains", false) => ConditionOperator.Contains,
            ("contains", true) => ConditionOperator.DoesNotContain,
            ("startswith", false) => ConditionOperator.BeginsWith,
            ("startswith", true) => ConditionOperator.DoesNotBeginWith,
            ("endswith", false) => ConditionOperator.EndsWith,
            ("endswith", true) => ConditionOperator.DoesNotEndWith,
            _ => throw Unsupported($"the function {function.Name}"),
        };
        parent.AddCondition(Condition(alias, column, op, text));
    }

    private (ColumnDefinition Column, string? Alias) Column(SingleValueNode node)
    {
        if (Unwrap(node) is not SingleValuePropertyAccessNode access)
        {
            throw Unsupported(node.Kind.ToString());
        }

        switch (access.Source)
        {
            case ResourceRangeVariableReferenceNode:
                return (shape.ColumnOf(access.Property.Name)!, null);
            case SingleNavigationNode { Source: ResourceRangeVariableReferenceNode } navigationNode:
                var navigation = shape.Navigation(navigationNode.NavigationProperty.Name)!;
                var target = navigation.Target is null ? null : model.ShapeOfTable(navigation.Target.LogicalName);
                if (target is null)
                {
                    throw Unsupported($"a filter through '{navigation.Name}', which may point to more than one table");
                }

                var alias = "f_" + navigation.Name;
                if (!links.ContainsKey(alias))
                {
                    links[alias] = new LinkEntity(shape.Table.LogicalName, target.Table.LogicalName, navigation.Column.LogicalName, target.Table.PrimaryIdColumn, JoinOperator.LeftOuter)
                    {
                        EntityAlias = alias,
                    };
                }

                return (target.ColumnOf(access.Property.Name)!, alias);
            default:
                throw Unsupported("a path of more than one navigation property");
        }
    }

    private static ConditionExpression Condition(string? alias, ColumnDefinition column, ConditionOperator op, params object[] values) =>
        alias is null ? new ConditionExpression(column.LogicalName, op, values) : new ConditionExpression(alias, column.LogicalName, op, values);

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static object? Value(ConstantNode constant) => constant.Value switch
    {
        DateTimeOffset time => time.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        var value => value,
    };

    private static ConditionOperator Operator(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Equal => ConditionOperator.Equal,
        BinaryOperatorKind.NotEqual => ConditionOperator.NotEqual,
        BinaryOperatorKind.GreaterThan => ConditionOperator.GreaterThan,
        BinaryOperatorKind.GreaterThanOrEqual => ConditionOperator.GreaterEqual,
        BinaryOperatorKind.LessThan => ConditionOperator.LessThan,
        BinaryOperatorKind.LessThanOrEqual => ConditionOperator.LessEqual,
        _ => throw Unsupported($"the operator {kind}"),
    };

    private static BinaryOperatorKind Inverse(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Equal => BinaryOperatorKind.NotEqual,
        BinaryOperatorKind.NotEqual => BinaryOperatorKind.Equal,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThan,
        _ => throw Unsupported($"the operator {kind}"),
    };

    // 5 lt x is x gt 5.
    private static BinaryOperatorKind Mirror(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        _ => kind,
    };

    private static WebApiException Unsupported(string what) =>
        WebApiException.BadRequest($"LocalDataverse does not translate {what} in $filter.");
}
