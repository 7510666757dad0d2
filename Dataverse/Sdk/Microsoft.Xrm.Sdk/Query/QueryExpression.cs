using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query built in code: table, columns, criteria, links, orders, paging. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.queryexpression</summary>
[DataContract(Name = "QueryExpression", Namespace = DataContractNamespaces.Contracts)]
public sealed class QueryExpression : QueryBase
{
    public QueryExpression()
        : this(null)
    {
    }

    // A new query returns no columns until asked (ColumnSet empty, not AllColumns) and filters nothing.
    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        ColumnSet = new ColumnSet();
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public ColumnSet ColumnSet { get; set; }

    [DataMember]
    public FilterExpression Criteria { get; set; }

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember]
    public bool NoLock { get; set; }

    [DataMember]
    public PagingInfo PageInfo { get; set; }

    [DataMember]
    public int? TopCount { get; set; }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName) =>
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
