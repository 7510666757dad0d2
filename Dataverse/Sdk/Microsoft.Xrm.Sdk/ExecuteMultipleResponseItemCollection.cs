using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Per-request results of an ExecuteMultiple. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultipleresponseitemcollection</summary>
[CollectionDataContract(Name = "ExecuteMultipleResponseItemCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
}
