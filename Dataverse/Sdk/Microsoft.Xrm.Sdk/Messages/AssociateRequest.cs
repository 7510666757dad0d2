using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Links rows through a relationship. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.associaterequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class AssociateRequest : OrganizationRequest
{
    public AssociateRequest()
    {
        RequestName = "Associate";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => GetParameter<Relationship>("Relationship");
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>("RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
