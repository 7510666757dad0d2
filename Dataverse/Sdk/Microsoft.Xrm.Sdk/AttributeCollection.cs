using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Columns of a row, by logical name. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.attributecollection</summary>
[CollectionDataContract(Name = "AttributeCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class AttributeCollection : DataCollection<string, object>
{
}
