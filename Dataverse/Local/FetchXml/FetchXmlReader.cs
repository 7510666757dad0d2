using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.FetchXml;

/// <summary>
/// Reads a FetchXML query into the QueryExpression the store runs: attributes become the column set (aggregates and
/// group-bys its attribute expressions), filters and conditions the criteria with values typed by their columns,
/// link-entities links, orders orders, and count, page, paging-cookie, top and returntotalrecordcount the paging.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview
/// </summary>
internal sealed class FetchXmlReader
{
    private readonly MetadataCatalog catalog;
    private readonly Dictionary<string, TableDefinition> tablesByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<bool> countColumnDistinct = new();
    private bool aggregate;

    private FetchXmlReader(MetadataCatalog catalog)
    {
        this.catalog = catalog;
    }

    public static QueryExpression Read(string fetchXml, MetadataCatalog catalog) => new FetchXmlReader(catalog).ReadFetch(Parse(fetchXml));

    private static XElement Parse(string fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw DataverseFault.Create(ErrorCodes.QueryBuilderDeserializeEmptyXml, "The FetchXML query is empty.");
        }

        try
        {
            var root = XElement.Parse(fetchXml);
            return root.Name.LocalName == "fetch" ? root : throw FetchSchema.Invalid($"The root element of a FetchXML query is 'fetch', not '{root.Name.LocalName}'.");
        }
        catch (XmlException exception)
        {
            throw FetchSchema.Invalid($"The FetchXML query is not well-formed XML: {exception.Message}");
        }
    }

    private QueryExpression ReadFetch(XElement fetch)
    {
        FetchSchema.Check(fetch);
        if (fetch.Element("order") is not null)
        {
            throw FetchSchema.NotRun("an order outside the entity (report views)");
        }

        var entities = fetch.Elements("entity").ToList();
        if (entities.Count != 1)
        {
            throw FetchSchema.Invalid($"A FetchXML query has exactly one 'entity' element, not {entities.Count}.");
        }

        aggregate = Bool(fetch, "aggregate");
        var entity = entities[0];
        FetchSchema.Check(entity);
        var table = Table(Required(entity, "name"));
        tablesByAlias[table.LogicalName] = table;
        foreach (var link in entity.Descendants("link-entity").Where(l => l.Attribute("alias") is not null))
        {
            // A condition may name a link's alias before the link-entity element appears.
            tablesByAlias[(string)link.Attribute("alias")!] = Table(Required(link, "name"));
        }

        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet() };
        query.Distinct = !aggregate && Bool(fetch, "distinct");
        ReadChildren(entity, table, query.ColumnSet, query.Orders, query.LinkEntities, query.Criteria, query.EntityName);
        ReadPaging(fetch, query);
        if (countColumnDistinct.Distinct().Count() > 1)
        {
            throw FetchSchema.NotRun("distinct and non-distinct countcolumn aggregates in one query");
        }

        // QueryExpression has no per-column distinct: in an aggregate query, Distinct marks the countcolumn as distinct.
        query.Distinct |= countColumnDistinct.FirstOrDefault();
        return query;
    }

    private void ReadChildren(XElement element, TableDefinition table, ColumnSet columns, ICollection<OrderExpression> orders, ICollection<LinkEntity> links, FilterExpression criteria, string entityAlias)
    {
        foreach (var child in element.Elements())
        {
            FetchSchema.Check(child);
            switch (child.Name.LocalName)
            {
                case "all-attributes":
                    if (aggregate)
                    {
                        throw DataverseFault.Create(ErrorCodes.QueryBuilderAttributeWithAggregate, "all-attributes cannot be requested in an aggregate query.");
                    }

                    columns.AllColumns = true;
                    break;
                case "attribute":
                    ReadAttribute(child, table, columns);
                    break;
                case "order":
                    orders.Add(ReadOrder(child, table));
                    break;
                case "filter":
                    criteria.AddFilter(ReadFilter(child, table, entityAlias));
                    break;
                case "link-entity":
                    links.Add(ReadLink(child, table));
                    break;
            }
        }
    }

    private void ReadAttribute(XElement attribute, TableDefinition table, ColumnSet columns)
    {
        var name = Column(table, Required(attribute, "name")).LogicalName;
        var alias = (string?)attribute.Attribute("alias");
        var function = (string?)attribute.Attribute("aggregate");
        var groupBy = Bool(attribute, "groupby");
        if (!aggregate)
        {
            if (function is not null || groupBy)
            {
                throw DataverseFault.Create(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, $"The attribute '{name}' asks for an aggregate or a group-by, but the fetch element does not set aggregate='true'.");
            }

            if (alias is not null)
            {
                throw FetchSchema.NotRun($"a column alias ('{alias}' for '{name}') outside an aggregate query");
            }

            columns.AddColumn(name);
            return;
        }

        if (function is null && !groupBy)
        {
            throw DataverseFault.Create(ErrorCodes.QueryBuilderAttributeWithAggregate, $"The attribute '{name}' is neither an aggregate nor a group-by, which an aggregate query requires of every attribute.");
        }

        if (function is not null && alias is null)
        {
            throw DataverseFault.Create(ErrorCodes.QueryBuilderNoAlias, $"The aggregate of the attribute '{name}' needs an alias.");
        }

        var expression = new XrmAttributeExpression(name, function is null ? XrmAggregateType.None : Aggregate(function), alias ?? name)
        {
            HasGroupBy = groupBy,
            DateTimeGrouping = DateGrouping((string?)attribute.Attribute("dategrouping")),
        };
        if (expression.AggregateType == XrmAggregateType.CountColumn)
        {
            countColumnDistinct.Add(Bool(attribute, "distinct"));
        }

        columns.AttributeExpressions.Add(expression);
    }

    private static OrderExpression ReadOrder(XElement order, TableDefinition table)
    {
        var type = Bool(order, "descending") ? OrderType.Descending : OrderType.Ascending;
        if ((string?)order.Attribute("alias") is { } alias)
        {
            return new OrderExpression { Alias = alias, OrderType = type };
        }

        return new OrderExpression(Column(table, Required(order, "attribute")).LogicalName, type);
    }

    private LinkEntity ReadLink(XElement element, TableDefinition parent)
    {
        var table = Table(Required(element, "name"));
        var alias = (string?)element.Attribute("alias");

        // Without from or to, a link joins on the primary key of that side.
        var link = new LinkEntity(
            parent.LogicalName,
            table.LogicalName,
            Column(parent, (string?)element.Attribute("to") ?? parent.PrimaryIdColumn).LogicalName,
            Column(table, (string?)element.Attribute("from") ?? table.PrimaryIdColumn).LogicalName,
            JoinOperatorOf((string?)element.Attribute("link-type") ?? "inner"))
        {
            EntityAlias = alias,
            Columns = new ColumnSet(),
        };
        ReadChildren(element, table, link.Columns, link.Orders, link.LinkEntities, link.LinkCriteria, alias ?? table.LogicalName);
        return link;
    }

    private FilterExpression ReadFilter(XElement element, TableDefinition table, string entityAlias)
    {
        var filter = new FilterExpression((string?)element.Attribute("type") switch
        {
            null or "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            var other => throw DataverseFault.Create(ErrorCodes.QueryBuilderInvalidFilterType, $"The filter type '{other}' is not valid; it is 'and' or 'or'."),
        })
        {
            IsQuickFindFilter = Bool(element, "isquickfindfields"),
        };
        foreach (var child in element.Elements())
        {
            FetchSchema.Check(child);
            if (child.Name.LocalName == "filter")
            {
                filter.AddFilter(ReadFilter(child, table, entityAlias));
            }
            else
            {
                filter.AddCondition(ReadCondition(child, table));
            }
        }

        return filter;
    }

    private ConditionExpression ReadCondition(XElement element, TableDefinition table)
    {
        var unsupported = new[] { "column", "aggregate", "rowaggregate", "alias" }.FirstOrDefault(a => element.Attribute(a) is not null);
        if (unsupported is not null)
        {
            throw FetchSchema.NotRun($"the condition attribute '{unsupported}'");
        }

        var entityName = (string?)element.Attribute("entityname");
        if (entityName is not null)
        {
            table = tablesByAlias.TryGetValue(entityName, out var aliased)
                ? aliased
                : throw DataverseFault.Create(ErrorCodes.QueryBuilderNoAttribute, $"No alias '{entityName}' for the given entity in the condition was found.");
        }

        var column = Column(table, Required(element, "attribute"));
        var operatorName = Required(element, "operator");
        if (!FetchOperators.TryParse(operatorName, out var op))
        {
            throw FetchSchema.Invalid($"The 'operator' attribute is invalid - the value '{operatorName}' is not a FetchXML condition operator.");
        }

        var texts = element.Attribute("value") is { } single
            ? new List<string> { single.Value }
            : element.Elements("value").Select(v => v.Value).ToList();
        var values = texts.Select(text => FetchOperators.TakesCount(operatorName) ? FetchValues.Count(column.LogicalName, text)
            : FetchOperators.TakesText(op) ? text
            : FetchValues.Of(column, text)).ToArray();
        return new ConditionExpression(column.LogicalName, op, values) { EntityName = entityName };
    }

    private static void ReadPaging(XElement fetch, QueryExpression query)
    {
        var top = Int(fetch, "top");
        var count = Int(fetch, "count");
        var page = Int(fetch, "page");
        if (top is not null && (count is not null || page is not null))
        {
            throw DataverseFault.InvalidArgument("The fetch element's top attribute cannot be combined with count or page.");
        }

        query.TopCount = top;
        var returnCount = Bool(fetch, "returntotalrecordcount");
        if (count is not null || page is not null || returnCount || fetch.Attribute("paging-cookie") is not null)
        {
            query.PageInfo = new PagingInfo
            {
                Count = count ?? 0,
                PageNumber = page ?? 1,
                PagingCookie = (string?)fetch.Attribute("paging-cookie"),
                ReturnTotalRecordCount = returnCount,
            };
        }
    }

    private TableDefinition Table(string name) => catalog.FindTable(name) ?? throw DataverseFault.UnknownTable(name);

    private static ColumnDefinition Column(TableDefinition table, string name) =>
        table.FindColumn(name) ?? throw DataverseFault.UnknownColumn(table.LogicalName, name);

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) ?? throw FetchSchema.Invalid($"The required attribute '{attribute}' is missing from the '{element.Name.LocalName}' element.");

    private static bool Bool(XElement element, string attribute) => (string?)element.Attribute(attribute) switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        var other => throw FetchSchema.Invalid($"The '{attribute}' attribute of the '{element.Name.LocalName}' element is '{other}', not true or false."),
    };

    private static int? Int(XElement element, string attribute) => (string?)element.Attribute(attribute) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 => number,
        var other => throw FetchSchema.Invalid($"The '{attribute}' attribute of the '{element.Name.LocalName}' element is '{other}', not a positive whole number."),
    };

    private static XrmAggregateType Aggregate(string name) => name switch
    {
        "count" => XrmAggregateType.Count,
        "countcolumn" => XrmAggregateType.CountColumn,
        "sum" => XrmAggregateType.Sum,
        "avg" => XrmAggregateType.Avg,
        "min" => XrmAggregateType.Min,
        "max" => XrmAggregateType.Max,
        _ => throw DataverseFault.Create(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, $"The aggregate '{name}' is not valid; it is count, countcolumn, sum, avg, min or max."),
    };

    private static XrmDateTimeGrouping DateGrouping(string? name) => name switch
    {
        null => XrmDateTimeGrouping.None,
        "day" => XrmDateTimeGrouping.Day,
        "week" => XrmDateTimeGrouping.Week,
        "month" => XrmDateTimeGrouping.Month,
        "quarter" => XrmDateTimeGrouping.Quarter,
        "year" => XrmDateTimeGrouping.Year,
        "fiscal-period" or "fiscal-year" => throw FetchSchema.NotRun($"the date grouping '{name}' (LocalDataverse has no fiscal calendar)"),
        _ => throw FetchSchema.Invalid($"The dategrouping '{name}' is not valid; it is day, week, month, quarter, year, fiscal-period or fiscal-year."),
    };

    // Dataverse's message for a link-type it does not know.
    private static JoinOperator JoinOperatorOf(string linkType) => linkType switch
    {
        "inner" => JoinOperator.Inner,
        "outer" => JoinOperator.LeftOuter,
        "natural" => JoinOperator.Natural,
        "matchfirstrowusingcrossapply" => JoinOperator.MatchFirstRowUsingCrossApply,
        "in" => JoinOperator.In,
        "exists" => JoinOperator.Exists,
        "any" => JoinOperator.Any,
        "not any" => JoinOperator.NotAny,
        "all" or "not all" => throw FetchSchema.NotRun($"the link-type '{linkType}'"),
        _ => throw DataverseFault.Create(
            ErrorCodes.QueryBuilderDeserializeInvalidLinkType,
            $"Invalid link-type specified, valid values are: 'natural', 'inner', 'in', 'matchfirstrowusingcrossapply','exists' and 'outer'. link-type = {linkType}"),
    };
}
