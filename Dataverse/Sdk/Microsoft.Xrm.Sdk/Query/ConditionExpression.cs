using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One condition of a filter: column, operator, values. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionexpression</summary>
[DataContract(Name = "ConditionExpression", Namespace = DataContractNamespaces.Contracts)]
public sealed class ConditionExpression : IExtensibleDataObject
{
    public ConditionExpression()
    {
        Values = new DataCollection<object>();
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, value)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator)
    {
        foreach (var value in values)
        {
            Values.Add(value);
        }
    }

    // compareColumns: the value is the name of another column of the same row, compared column to column.
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, value)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this()
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator)
    {
        Values.Add(value);
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator)
    {
        if (values != null)
        {
            Values.AddRange(values);
        }
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, value)
    {
        CompareColumns = compareColumns;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(entityName, attributeName, conditionOperator, values)
    {
        CompareColumns = compareColumns;
    }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public string AttributeName { get; set; }

    [DataMember]
    public ConditionOperator Operator { get; set; }

    [DataMember]
    public bool CompareColumns { get; set; }

    [DataMember]
    public DataCollection<object> Values { get; private set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
