using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Whether ExecuteMultiple goes on after a fault and returns responses. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultiplesettings</summary>
[DataContract(Name = "ExecuteMultipleSettings", Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    [DataMember]
    public bool ContinueOnError { get; set; }

    [DataMember]
    public bool ReturnResponses { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
