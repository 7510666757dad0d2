using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query written in FetchXML. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.fetchexpression</summary>
[DataContract(Name = "FetchExpression", Namespace = DataContractNamespaces.Contracts)]
public sealed class FetchExpression : QueryBase
{
    public FetchExpression()
    {
    }

    public FetchExpression(string query)
    {
        Query = query;
    }

    [DataMember]
    public string Query { get; set; }
}
