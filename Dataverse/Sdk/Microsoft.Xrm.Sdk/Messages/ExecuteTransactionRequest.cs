using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs requests in one transaction: all or nothing. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executetransactionrequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Requests = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>("Requests");
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => GetParameter<bool?>("ReturnResponses");
        set => Parameters["ReturnResponses"] = value;
    }
}
