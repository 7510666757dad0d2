using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate-key columns that identify a row instead of its id. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.keyattributecollection</summary>
[CollectionDataContract(Name = "KeyAttributeCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
}
