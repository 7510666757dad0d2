using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Disassociate (no values). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.disassociateresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class DisassociateResponse : OrganizationResponse
{
    public DisassociateResponse()
    {
        ResponseName = "Disassociate";
    }
}
