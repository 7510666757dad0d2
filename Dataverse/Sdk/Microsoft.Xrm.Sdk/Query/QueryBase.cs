using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Base of the query kinds RetrieveMultiple accepts. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybase</summary>
[DataContract(Name = "QueryBase", Namespace = DataContractNamespaces.Contracts)]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
public abstract class QueryBase : IExtensibleDataObject
{
    internal QueryBase()
    {
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
