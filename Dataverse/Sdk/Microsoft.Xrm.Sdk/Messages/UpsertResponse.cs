using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of Upsert: whether it created, and a reference to the row. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertresponse</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
        ResponseName = "Upsert";
    }

    public bool RecordCreated => GetResult<bool>("RecordCreated");

    public EntityReference Target => GetResult<EntityReference>("Target");
}
