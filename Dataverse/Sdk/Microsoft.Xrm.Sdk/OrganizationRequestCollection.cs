using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Requests run by ExecuteMultiple or ExecuteTransaction. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequestcollection</summary>
[CollectionDataContract(Name = "OrganizationRequestCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
}
