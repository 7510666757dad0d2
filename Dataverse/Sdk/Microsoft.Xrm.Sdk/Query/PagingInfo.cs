using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Page size, page number and paging cookie of a query. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.paginginfo</summary>
[DataContract(Name = "PagingInfo", Namespace = DataContractNamespaces.Contracts)]
public sealed class PagingInfo : IExtensibleDataObject
{
    [DataMember]
    public int Count { get; set; }

    [DataMember]
    public int PageNumber { get; set; }

    [DataMember]
    public string PagingCookie { get; set; }

    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
