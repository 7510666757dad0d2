using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Extra details of a service fault, by name. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.errordetailcollection</summary>
[CollectionDataContract(Name = "ErrorDetailCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
}
