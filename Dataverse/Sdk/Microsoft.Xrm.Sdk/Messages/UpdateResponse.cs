using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Update (no values). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.updateresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
        ResponseName = "Update";
    }
}
