using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of UpsertMultiple: one UpsertResponse per target, in order. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertmultipleresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpsertMultipleResponse : OrganizationResponse
{
    public UpsertMultipleResponse()
    {
        ResponseName = "UpsertMultiple";
    }

    // Hides OrganizationResponse.Results (the parameter collection), as Microsoft's class does.
    public new UpsertResponse[] Results => GetResult<UpsertResponse[]>("Results");
}
