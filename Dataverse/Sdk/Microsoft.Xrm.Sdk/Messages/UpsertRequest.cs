using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a row, or updates it when its id or alternate key exists. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertrequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Target = null;
    }

    public Entity Target
    {
        get => GetParameter<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
