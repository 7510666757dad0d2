using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of RetrieveMultiple: the rows. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrievemultipleresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
        ResponseName = "RetrieveMultiple";
    }

    public EntityCollection EntityCollection => GetResult<EntityCollection>("EntityCollection");
}
