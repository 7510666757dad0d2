using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and nested filters joined by and/or. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.filterexpression</summary>
[DataContract(Name = "FilterExpression", Namespace = DataContractNamespaces.Contracts)]
public sealed class FilterExpression : IExtensibleDataObject
{
    public FilterExpression()
        : this(LogicalOperator.And)
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
        Conditions = new DataCollection<ConditionExpression>();
        Filters = new DataCollection<FilterExpression>();
    }

    [DataMember]
    public LogicalOperator FilterOperator { get; set; }

    [DataMember]
    public DataCollection<ConditionExpression> Conditions { get; private set; }

    [DataMember]
    public DataCollection<FilterExpression> Filters { get; private set; }

    [DataMember]
    public bool IsQuickFindFilter { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

    public void AddFilter(FilterExpression childFilter) => Filters.Add(childFilter);

    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }
}
