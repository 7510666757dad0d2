using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which columns a query or retrieve returns. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.columnset</summary>
[DataContract(Name = "ColumnSet", Namespace = DataContractNamespaces.Contracts)]
public sealed class ColumnSet : IExtensibleDataObject
{
    public ColumnSet()
    {
        Columns = new DataCollection<string>();
        AttributeExpressions = new DataCollection<XrmAttributeExpression>();
    }

    public ColumnSet(bool allColumns)
        : this()
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
        : this()
    {
        Columns.AddRange(columns);
    }

    [DataMember]
    public bool AllColumns { get; set; }

    [DataMember]
    public DataCollection<string> Columns { get; set; }

    /// <summary>The aggregates and group-by columns of an aggregate query.</summary>
    [DataMember]
    public DataCollection<XrmAttributeExpression> AttributeExpressions { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumn(string column) => Columns.Add(column);

    public void AddColumns(params string[] columns) => Columns.AddRange(columns);
}
