using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a row. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createrequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Target = null;
    }

    public Entity Target
    {
        get => GetParameter<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
