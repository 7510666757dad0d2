using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Snapshots of a row registered on a plug-in step, by image alias. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityimagecollection</summary>
[CollectionDataContract(Name = "EntityImageCollection", Namespace = DataContractNamespaces.Contracts)]
public class EntityImageCollection : DataCollection<string, Entity>
{
}
