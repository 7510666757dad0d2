using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a row. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.deleterequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Target = null;
    }

    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
