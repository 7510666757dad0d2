using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>References to rows, as in associate and disassociate. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityreferencecollection</summary>
[CollectionDataContract(Name = "EntityReferenceCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
