using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault of a failed ExecuteTransaction: which request failed, and why. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executetransactionfault</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    [DataMember]
    public int FaultedRequestIndex { get; set; }
}
