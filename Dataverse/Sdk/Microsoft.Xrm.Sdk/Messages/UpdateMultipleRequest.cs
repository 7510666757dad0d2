using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates rows of one table in one request. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.updatemultiplerequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Targets = null;
    }

    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
