using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs requests in one call, each in its own transaction. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executemultiplerequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>("Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => GetParameter<ExecuteMultipleSettings>("Settings");
        set => Parameters["Settings"] = value;
    }
}
