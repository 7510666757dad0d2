using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query of rows whose columns equal given values (all of them). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybyattribute</summary>
[DataContract(Name = "QueryByAttribute", Namespace = DataContractNamespaces.Contracts)]
public sealed class QueryByAttribute : QueryBase
{
    public QueryByAttribute()
        : this(null)
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
    }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public ColumnSet ColumnSet { get; set; }

    // Attributes[i] is compared with Values[i].
    [DataMember]
    public DataCollection<string> Attributes { get; private set; }

    [DataMember]
    public DataCollection<object> Values { get; private set; }

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; }

    [DataMember]
    public PagingInfo PageInfo { get; set; }

    [DataMember]
    public int? TopCount { get; set; }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
}
