using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Values of a multi-select choice column. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvaluecollection</summary>
[CollectionDataContract(Name = "OptionSetValueCollection", Namespace = DataContractNamespaces.Contracts)]
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    public OptionSetValueCollection()
    {
    }

    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
