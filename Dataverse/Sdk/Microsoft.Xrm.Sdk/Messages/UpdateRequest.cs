using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates a row. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.updaterequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Target = null;
    }

    public Entity Target
    {
        get => GetParameter<Entity>("Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
