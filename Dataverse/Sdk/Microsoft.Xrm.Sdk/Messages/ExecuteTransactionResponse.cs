using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of ExecuteTransaction: the responses, in request order. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executetransactionresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public ExecuteTransactionResponse()
    {
        ResponseName = "ExecuteTransaction";
    }

    public OrganizationResponseCollection Responses => GetResult<OrganizationResponseCollection>("Responses");
}
