using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates or updates rows of one table in one request. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertmultiplerequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpsertMultipleRequest : OrganizationRequest
{
    public UpsertMultipleRequest()
    {
        RequestName = "UpsertMultiple";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Targets = null;
    }

    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }
}
