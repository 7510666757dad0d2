using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Fault the organization service throws, as FaultException&lt;OrganizationServiceFault&gt;. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationservicefault</summary>
[DataContract(Name = "OrganizationServiceFault", Namespace = DataContractNamespaces.Contracts)]
public class OrganizationServiceFault : BaseServiceFault
{
    [DataMember]
    public OrganizationServiceFault InnerFault { get; set; }

    [DataMember]
    public string TraceText { get; set; }

    // Error codes are documented in hexadecimal (0x80040265), so that is how a trace shows them.
    public override string ToString() => $"0x{ErrorCode:X8}: {Message}";
}
