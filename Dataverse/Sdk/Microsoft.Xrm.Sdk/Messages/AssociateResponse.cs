using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Associate (no values). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.associateresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class AssociateResponse : OrganizationResponse
{
    public AssociateResponse()
    {
        ResponseName = "Associate";
    }
}
