using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Queries for related rows to retrieve with a row, by relationship. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.relationshipquerycollection</summary>
[CollectionDataContract(Name = "RelationshipQueryCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
{
}
