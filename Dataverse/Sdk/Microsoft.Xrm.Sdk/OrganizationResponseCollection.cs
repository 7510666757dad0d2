using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Responses of the requests in an ExecuteTransaction. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationresponsecollection</summary>
[CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
}
