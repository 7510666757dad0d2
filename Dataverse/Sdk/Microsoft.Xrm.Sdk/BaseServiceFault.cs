using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Common part of the service's faults: error code, message, details. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.baseservicefault</summary>
[DataContract(Name = "BaseServiceFault", Namespace = DataContractNamespaces.Contracts)]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    internal BaseServiceFault()
    {
        ErrorDetails = new ErrorDetailCollection();
    }

    [DataMember]
    public Guid ActivityId { get; set; }

    [DataMember]
    public int ErrorCode { get; set; }

    [DataMember]
    public ErrorDetailCollection ErrorDetails { get; set; }

    [DataMember]
    public string Message { get; set; }

    [DataMember]
    public DateTime Timestamp { get; set; }

    [DataMember]
    public string HelpLink { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
