using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrievemultiplerequest</summary>
[DataContract(Namespace = DataContractNamespaces.Contracts)]
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        // Required parameters are present (null) from the start, as in Microsoft's message classes.
        Query = null;
    }

    public QueryBase Query
    {
        get => GetParameter<QueryBase>("Query");
        set => Parameters["Query"] = value;
    }
}
