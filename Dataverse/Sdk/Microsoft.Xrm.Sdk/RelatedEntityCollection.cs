using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Related rows carried with a row (deep insert, retrieve with related rows), by relationship. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.relatedentitycollection</summary>
[CollectionDataContract(Name = "RelatedEntityCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
}
