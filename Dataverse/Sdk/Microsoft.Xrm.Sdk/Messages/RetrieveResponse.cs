using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Retrieve: the row. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
        ResponseName = "Retrieve";
    }

    public Entity Entity => GetResult<Entity>("Entity");
}
