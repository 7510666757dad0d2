using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates rows of one table in one request. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createmultiplerequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class CreateMultipleRequest : OrganizationRequest
{
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Targets = null;
    }

    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }
}
