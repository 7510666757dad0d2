using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Delete (no values). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.deleteresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class DeleteResponse : OrganizationResponse
{
    public DeleteResponse()
    {
        ResponseName = "Delete";
    }
}
