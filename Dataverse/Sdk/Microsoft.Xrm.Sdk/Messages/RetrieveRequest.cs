using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Reads one row by id or alternate key. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieverequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Target = null;
        ColumnSet = null;
    }

    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => GetParameter<ColumnSet>("ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }

    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get => GetParameter<RelationshipQueryCollection>("RelatedEntitiesQuery");
        set => Parameters["RelatedEntitiesQuery"] = value;
    }
}
