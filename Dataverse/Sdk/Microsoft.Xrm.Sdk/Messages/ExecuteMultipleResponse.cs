using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of ExecuteMultiple: per-request responses or faults. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executemultipleresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
        ResponseName = "ExecuteMultiple";
    }

    public ExecuteMultipleResponseItemCollection Responses => GetResult<ExecuteMultipleResponseItemCollection>("Responses");

    public bool IsFaulted => GetResult<bool>("IsFaulted");
}
