using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A column of an aggregate query: an aggregate over a column, or a column (or part of a date) to group by, returned
/// under its alias. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.xrmattributeexpression
/// </summary>
[DataContract(Name = "XrmAttributeExpression", Namespace = DataContractNamespaces.Contracts)]
public sealed class XrmAttributeExpression : IExtensibleDataObject
{
    public XrmAttributeExpression()
    {
    }

    public XrmAttributeExpression(string attributeName)
        : this(attributeName, XrmAggregateType.None)
    {
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType)
        : this(attributeName, aggregateType, null)
    {
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias)
        : this(attributeName, aggregateType, alias, XrmDateTimeGrouping.None)
    {
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias, XrmDateTimeGrouping dateTimeGrouping)
    {
        AttributeName = attributeName;
        AggregateType = aggregateType;
        Alias = alias;
        DateTimeGrouping = dateTimeGrouping;
    }

    [DataMember]
    public string AttributeName { get; set; }

    [DataMember]
    public XrmAggregateType AggregateType { get; set; }

    [DataMember]
    public string Alias { get; set; }

    [DataMember]
    public bool HasGroupBy { get; set; }

    [DataMember]
    public XrmDateTimeGrouping DateTimeGrouping { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
