using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Result of one request of an ExecuteMultiple: its index and its response or fault. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultipleresponseitem</summary>
[DataContract(Name = "ExecuteMultipleResponseItem", Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    [DataMember]
    public int RequestIndex { get; set; }

    [DataMember]
    public OrganizationResponse Response { get; set; }

    [DataMember]
    public OrganizationServiceFault Fault { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
