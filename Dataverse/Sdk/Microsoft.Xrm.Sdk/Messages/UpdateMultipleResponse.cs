using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of UpdateMultiple (no values). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.updatemultipleresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpdateMultipleResponse : OrganizationResponse
{
    public UpdateMultipleResponse()
    {
        ResponseName = "UpdateMultiple";
    }
}
