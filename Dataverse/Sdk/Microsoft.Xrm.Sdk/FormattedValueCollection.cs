using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Display text of column values (labels of choices, formatted money and dates), by logical name. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.formattedvaluecollection</summary>
[CollectionDataContract(Name = "FormattedValueCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class FormattedValueCollection : DataCollection<string, string>
{
}
